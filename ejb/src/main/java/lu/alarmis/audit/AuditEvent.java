package lu.alarmis.audit;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One line of the audit trail. Written once, never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int ACTOR_MAX = 254;
    public static final int DETAIL_MAX = 1000;

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @NotNull
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @NotBlank
    @Size(max = ACTOR_MAX)
    @Column(name = "actor", nullable = false, updatable = false, length = ACTOR_MAX)
    private String actor;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Size(max = 40)
    @Column(name = "subject_type", updatable = false, length = 40)
    private String subjectType;

    @Size(max = 64)
    @Column(name = "subject_id", updatable = false, length = 64)
    private String subjectId;

    @Size(max = DETAIL_MAX)
    @Column(name = "detail", updatable = false, length = DETAIL_MAX)
    private String detail;

    @Size(max = 64)
    @Column(name = "source_address", updatable = false, length = 64)
    private String sourceAddress;

    protected AuditEvent() {
        // for JPA
    }

    AuditEvent(Instant occurredAt, String actor, AuditAction action, String subjectType, String subjectId,
               String detail, String sourceAddress) {
        this.occurredAt = occurredAt;
        this.actor = truncate(actor, ACTOR_MAX);
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = truncate(detail, DETAIL_MAX);
        this.sourceAddress = truncate(sourceAddress, 64);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }
}
