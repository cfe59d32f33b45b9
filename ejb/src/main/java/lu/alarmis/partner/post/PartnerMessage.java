package lu.alarmis.partner.post;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lu.alarmis.common.Text;

/**
 * One message exchanged with POST Luxembourg, in either direction: the traffic log, and the
 * record that makes inbound processing idempotent (a message id is stored once per direction).
 */
@Entity
@Table(name = "partner_message",
        uniqueConstraints = @UniqueConstraint(name = "uk_partner_message_direction_id",
                columnNames = {"direction", "message_id"}))
public class PartnerMessage {

    public static final int MESSAGE_ID_MAX = 100;
    public static final int MESSAGE_TYPE_MAX = 40;
    public static final int SCHEMA_VERSION_MAX = 10;
    public static final int BODY_MAX = 65_536;
    public static final int NOTE_MAX = 2000;

    @Id
    @SequenceGenerator(name = "partner_message_seq", sequenceName = "partner_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_message_seq")
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, length = 8)
    private MessageDirection direction;

    @NotBlank
    @Size(max = MESSAGE_ID_MAX)
    @Column(name = "message_id", nullable = false, length = MESSAGE_ID_MAX)
    private String messageId;

    /** As the sender gave it, also when it is not a type of the contract (then the message is rejected). */
    @NotBlank
    @Size(max = MESSAGE_TYPE_MAX)
    @Column(name = "message_type", nullable = false, length = MESSAGE_TYPE_MAX)
    private String messageType;

    @NotBlank
    @Size(max = SCHEMA_VERSION_MAX)
    @Column(name = "schema_version", nullable = false, length = SCHEMA_VERSION_MAX)
    private String schemaVersion;

    @Size(max = MESSAGE_ID_MAX)
    @Column(name = "correlation_id", length = MESSAGE_ID_MAX)
    private String correlationId;

    @NotNull
    @Size(max = BODY_MAX)
    @Column(name = "body", nullable = false, length = BODY_MAX)
    private String body;

    @NotNull
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private PartnerMessageStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "error_code", length = 30)
    private PostErrorCode errorCode;

    /** What was done, or why not, in words. */
    @Size(max = NOTE_MAX)
    @Column(name = "note", length = NOTE_MAX)
    private String note;

    /** What a parked message waits for, e.g. {@code ORDER:ORD-1} or {@code CLIENT:AL-2026-000001-8}. */
    @Size(max = 80)
    @Column(name = "park_key", length = 80)
    private String parkKey;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "connection_id")
    private Long connectionId;

    /** When an outbound message was put on PostOutbound; {@code null} while it waits in the outbox. */
    @Column(name = "sent_at")
    private Instant sentAt;

    protected PartnerMessage() {
        // for JPA
    }

    public PartnerMessage(MessageDirection direction, String messageId, String messageType,
                          String schemaVersion, String correlationId, String body, Instant recordedAt) {
        this.direction = direction;
        this.messageId = messageId;
        this.messageType = messageType;
        this.schemaVersion = schemaVersion;
        this.correlationId = correlationId;
        this.body = body;
        this.recordedAt = recordedAt;
        this.status = direction == MessageDirection.OUTBOUND ? PartnerMessageStatus.PENDING : PartnerMessageStatus.APPLIED;
    }

    /** An outbound message about a request or a connection. */
    public PartnerMessage concerning(Concerning subject) {
        this.requestId = subject.requestId();
        this.connectionId = subject.connectionId();
        return this;
    }

    void sent(Instant at) {
        this.status = PartnerMessageStatus.SENT;
        this.sentAt = at;
    }

    void applied(Concerning subject, String note) {
        this.status = PartnerMessageStatus.APPLIED;
        this.requestId = subject.requestId();
        this.connectionId = subject.connectionId();
        this.note = truncate(note);
        this.parkKey = null;
    }

    void rejected(PostErrorCode code, String reason) {
        this.status = PartnerMessageStatus.REJECTED;
        this.errorCode = code;
        this.note = truncate(reason);
        this.parkKey = null;
    }

    void parked(String key, String note) {
        this.status = PartnerMessageStatus.PARKED;
        this.parkKey = key;
        this.note = truncate(note);
    }

    private static String truncate(String text) {
        return Text.cut(text, NOTE_MAX);
    }

    public Long getId() {
        return id;
    }

    public MessageDirection getDirection() {
        return direction;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getMessageType() {
        return messageType;
    }

    public String getSchemaVersion() {
        return schemaVersion;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public String getBody() {
        return body;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public PartnerMessageStatus getStatus() {
        return status;
    }

    public PostErrorCode getErrorCode() {
        return errorCode;
    }

    public String getNote() {
        return note;
    }

    public String getParkKey() {
        return parkKey;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getConnectionId() {
        return connectionId;
    }

    /** What it is about, as the request's and the client's pages list it. */
    public Concerning getConcerning() {
        return new Concerning(requestId, connectionId);
    }

    public Instant getSentAt() {
        return sentAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartnerMessage that
                && direction == that.direction && Objects.equals(messageId, that.messageId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(direction, messageId);
    }
}
