package lu.alarmis.partner.post.deadletter;

import static lu.alarmis.common.Text.cut;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** What a staff member did with a dead-lettered message, and why; with the message itself, so nothing is lost. */
@Entity
@Table(name = "partner_dead_letter_decision")
public class DeadLetterDecision implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int REASON_MAX = 1000;

    @Id
    @SequenceGenerator(name = "partner_dead_letter_decision_seq", sequenceName = "partner_dead_letter_decision_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_dead_letter_decision_seq")
    private Long id;

    @Column(name = "transport_id", nullable = false, length = DeliveryFailure.ID_MAX)
    private String transportId;

    @Column(name = "message_id", length = DeliveryFailure.ID_MAX)
    private String messageId;

    @Column(name = "message_type", length = DeliveryFailure.TYPE_MAX)
    private String messageType;

    @Column(name = "schema_version", length = 10)
    private String schemaVersion;

    @Column(name = "body", length = 65_536)
    private String body;

    @Column(name = "failure_reason", length = DeliveryFailure.REASON_MAX)
    private String failureReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, length = 10)
    private DeadLetterDecisionKind decision;

    @Column(name = "decided_by", nullable = false, length = 254)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "reason", nullable = false, length = REASON_MAX)
    private String reason;

    protected DeadLetterDecision() {
        // for JPA
    }

    DeadLetterDecision(DeadLetter letter, DeadLetterDecisionKind decision, String decidedBy, Instant decidedAt,
                       String reason) {
        this.transportId = letter.transportId();
        this.messageId = cut(letter.messageId(), DeliveryFailure.ID_MAX);
        this.messageType = cut(letter.messageType(), DeliveryFailure.TYPE_MAX);
        this.schemaVersion = cut(letter.schemaVersion(), 10);
        this.body = cut(letter.body(), 65_536);
        this.failureReason = letter.failureReason();
        this.decision = decision;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public String getTransportId() {
        return transportId;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getMessageType() {
        return messageType;
    }

    public String getBody() {
        return body;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public DeadLetterDecisionKind getDecision() {
        return decision;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReason() {
        return reason;
    }
}
