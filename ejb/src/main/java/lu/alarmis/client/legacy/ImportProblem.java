package lu.alarmis.client.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A line of an import's report: a problem of one line of the file, or a connection the file lacks. */
@Entity
@Table(name = "legacy_import_problem")
public class ImportProblem {

    @Id
    @SequenceGenerator(name = "legacy_import_problem_seq", sequenceName = "legacy_import_problem_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legacy_import_problem_seq")
    private Long id;

    @Column(name = "import_id", nullable = false, updatable = false)
    private long importId;

    /** None for a connection the file lacks. */
    @Column(name = "line_number", updatable = false)
    private Long lineNumber;

    /** The column's header, if the problem is one column's. */
    @Column(name = "column_name", updatable = false, length = 40)
    private String column;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, updatable = false, length = 40)
    private LineProblem.Reason reason;

    @Column(name = "found_value", updatable = false, length = 300)
    private String value;

    protected ImportProblem() {
        // for JPA
    }

    ImportProblem(long importId, LineProblem problem) {
        this.importId = importId;
        this.lineNumber = problem.lineNumber() > 0 ? problem.lineNumber() : null;
        this.column = problem.column() == null ? null : problem.column().header();
        this.reason = problem.reason();
        this.value = problem.value() == null || problem.value().length() <= 300 ? problem.value()
                : problem.value().substring(0, 299) + "…";
    }

    public Long getLineNumber() {
        return lineNumber;
    }

    public String getColumn() {
        return column;
    }

    public LineProblem.Reason getReason() {
        return reason;
    }

    public String getValue() {
        return value;
    }
}
