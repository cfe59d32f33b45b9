package lu.alarmis.partner.post.deadletter;

import static lu.alarmis.common.Text.cut;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One failed attempt to process a message from a queue, recorded apart from its rolled-back transaction. */
@Entity
@Table(name = "partner_delivery_failure")
public class DeliveryFailure {

    static final int ID_MAX = 100;
    static final int TYPE_MAX = 40;
    static final int REASON_MAX = 2000;

    @Id
    @SequenceGenerator(name = "partner_delivery_failure_seq", sequenceName = "partner_delivery_failure_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_delivery_failure_seq")
    private Long id;

    /** The broker's JMSMessageID of the delivery that failed. */
    @Column(name = "transport_id", nullable = false, length = ID_MAX)
    private String transportId;

    /** The sender's message id as it came (cut to fit), if it had one. */
    @Column(name = "message_id", length = ID_MAX)
    private String messageId;

    @Column(name = "message_type", length = TYPE_MAX)
    private String messageType;

    /** Which delivery of the message this was, from 1. */
    @Column(name = "attempt", nullable = false)
    private int attempt;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    @Column(name = "reason", nullable = false, length = REASON_MAX)
    private String reason;

    protected DeliveryFailure() {
        // for JPA
    }

    DeliveryFailure(String transportId, String messageId, String messageType, int attempt, Instant failedAt,
                    String reason) {
        this.transportId = cut(transportId, ID_MAX);
        this.messageId = cut(messageId, ID_MAX);
        this.messageType = cut(messageType, TYPE_MAX);
        this.attempt = Math.max(1, attempt);
        this.failedAt = failedAt;
        this.reason = cut(reason, REASON_MAX);
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

    public int getAttempt() {
        return attempt;
    }

    public Instant getFailedAt() {
        return failedAt;
    }

    public String getReason() {
        return reason;
    }
}
