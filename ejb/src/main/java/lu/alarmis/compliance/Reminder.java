package lu.alarmis.compliance;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A reminder sent: one per (obligation, what owes it, due date, threshold), which the database
 * enforces (a unique key), so that no run, repeated or after a restart, sends it twice.
 */
@Entity
@Table(name = "compliance_reminder")
public class Reminder {

    @Id
    @SequenceGenerator(name = "compliance_reminder_seq", sequenceName = "compliance_reminder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "compliance_reminder_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "obligation", nullable = false, updatable = false, length = 20)
    private Obligation obligation;

    /** The connection that owes it. */
    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "threshold", nullable = false, updatable = false, length = 8)
    private ReminderThreshold threshold;

    /** The day of the run that sent it. */
    @Column(name = "sent_on", nullable = false, updatable = false)
    private LocalDate sentOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Reminder() {
        // for JPA
    }

    Reminder(Obligation obligation, long subjectId, LocalDate dueOn, ReminderThreshold threshold, LocalDate sentOn,
             Instant now) {
        this.obligation = obligation;
        this.subjectId = subjectId;
        this.dueOn = dueOn;
        this.threshold = threshold;
        this.sentOn = sentOn;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Obligation getObligation() {
        return obligation;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ReminderThreshold getThreshold() {
        return threshold;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }
}
