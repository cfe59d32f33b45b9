package lu.alarmis.certification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of a certification request's history: who, when, from where, what, why. */
@Entity
@Table(name = "certification_event")
public class CertificationEvent {

    public static final int NOTE_MAX = 2000;

    @Id
    @SequenceGenerator(name = "certification_event_seq", sequenceName = "certification_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private CertificationRequest request;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private CertificationEventKind kind;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "source_address", updatable = false, length = 64)
    private String sourceAddress;

    @Column(name = "note", updatable = false, length = NOTE_MAX)
    private String note;

    protected CertificationEvent() {
        // for JPA
    }

    CertificationEvent(CertificationRequest request, CertificationEventKind kind, String actor, String sourceAddress,
                       String note, Instant at) {
        this.request = request;
        this.kind = kind;
        this.actor = actor;
        this.sourceAddress = sourceAddress;
        this.note = note;
        this.occurredAt = at;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public CertificationEventKind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public String getNote() {
        return note;
    }
}
