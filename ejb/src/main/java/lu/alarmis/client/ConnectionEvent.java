package lu.alarmis.client;

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

/** A line of a connection's history: who did what, when, why, and the state before and after. */
@Entity
@Table(name = "connection_event")
public class ConnectionEvent {

    public static final int NOTE_MAX = 2000;

    @Id
    @SequenceGenerator(name = "connection_event_seq", sequenceName = "connection_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "connection_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "connection_id", nullable = false, updatable = false)
    private Connection connection;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private ConnectionEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, updatable = false, length = 15)
    private RegisterActor actorKind;

    @Column(name = "actor", nullable = false, updatable = false, length = 254)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false, length = 10)
    private ConnectionState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false, length = 10)
    private ConnectionState toState;

    /** The reason or detail the client reads (for the kinds shown to it). */
    @Column(name = "note", updatable = false, length = NOTE_MAX)
    private String note;

    protected ConnectionEvent() {
        // for JPA
    }

    ConnectionEvent(Connection connection, Instant occurredAt, ConnectionEventKind kind, RegisterActor actorKind,
                    String actor, ConnectionState fromState, ConnectionState toState, String note) {
        this.connection = connection;
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

    /** The connection's id, without loading the connection. */
    public Long getConnectionId() {
        return connection.getId();
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public ConnectionEventKind getKind() {
        return kind;
    }

    public RegisterActor getActorKind() {
        return actorKind;
    }

    public String getActor() {
        return actor;
    }

    public ConnectionState getFromState() {
        return fromState;
    }

    public ConnectionState getToState() {
        return toState;
    }

    public String getNote() {
        return note;
    }

    public boolean isStateChange() {
        return fromState != null && fromState != toState;
    }
}
