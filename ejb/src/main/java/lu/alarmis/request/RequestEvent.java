package lu.alarmis.request;

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

/** One line of a request's history: who, when, what, from which state to which, and why. */
@Entity
@Table(name = "request_event")
public class RequestEvent {

    @Id
    @SequenceGenerator(name = "request_event_seq", sequenceName = "request_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ConnectionRequest request;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private RequestEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, updatable = false, length = 10)
    private ActorKind actorKind;

    /** The person's e-mail address, or the partner system's name. */
    @Column(name = "actor", nullable = false, updatable = false, length = 254)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false, length = 20)
    private RequestState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", updatable = false, length = 20)
    private RequestState toState;

    @Column(name = "note", updatable = false, length = ConnectionRequest.NOTE_MAX)
    private String note;

    protected RequestEvent() {
        // for JPA
    }

    RequestEvent(ConnectionRequest request, Instant occurredAt, RequestEventKind kind, ActorKind actorKind,
                 String actor, RequestState fromState, RequestState toState, String note) {
        this.request = request;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.actorKind = actorKind;
        this.actor = actor;
        this.fromState = fromState;
        this.toState = toState;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public RequestEventKind getKind() {
        return kind;
    }

    public ActorKind getActorKind() {
        return actorKind;
    }

    public String getActor() {
        return actor;
    }

    public RequestState getFromState() {
        return fromState;
    }

    public RequestState getToState() {
        return toState;
    }

    public String getNote() {
        return note;
    }

    public boolean isTransition() {
        return fromState != toState;
    }
}
