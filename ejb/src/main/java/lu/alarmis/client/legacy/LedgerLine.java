package lu.alarmis.client.legacy;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import lu.alarmis.client.LegacyEntryOutcome.Outcome;

/**
 * A line of a file that its import has done, written in the transaction of the chunk that did it:
 * an execution that resumes the import goes on after the last line of the ledger, and a line
 * already in it is never done again. It also finds a client number repeated within the file.
 */
@Entity
@Table(name = "legacy_import_line")
public class LedgerLine {

    @EmbeddedId
    private Key key;

    /** The line's client number, if it had a valid one. */
    @Column(name = "client_number", updatable = false, length = 16)
    private String clientNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 10)
    private Outcome outcome;

    @Column(name = "connection_id", updatable = false)
    private Long connectionId;

    protected LedgerLine() {
        // for JPA
    }

    LedgerLine(long importId, long lineNumber, String clientNumber, Outcome outcome, Long connectionId) {
        this.key = new Key(importId, lineNumber);
        this.clientNumber = clientNumber;
        this.outcome = outcome;
        this.connectionId = connectionId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    /** An import's line. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "import_id", nullable = false, updatable = false)
        private long importId;

        @Column(name = "line_number", nullable = false, updatable = false)
        private long lineNumber;

        protected Key() {
            // for JPA
        }

        Key(long importId, long lineNumber) {
            this.importId = importId;
            this.lineNumber = lineNumber;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && importId == that.importId && lineNumber == that.lineNumber;
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, lineNumber);
        }
    }
}
