package lu.alarmis.compliance;

import java.time.Instant;
import java.time.LocalDate;

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
import jakarta.persistence.Version;

import lu.alarmis.client.Connection;
import lu.alarmis.common.BusinessException;

/**
 * The police ask a client for a copy of its servicing certificate by a date: the client answers
 * with a certificate (a servicing it records, or one recorded before); staff accept it or send it
 * back with a reason, and the client answers again. One open request per connection at a time.
 */
@Entity
@Table(name = "certificate_copy_request")
public class CopyRequest {

    public static final int TEXT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "certificate_copy_request_seq", sequenceName = "certificate_copy_request_seq",
            allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_copy_request_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "connection_id", nullable = false, updatable = false)
    private Connection connection;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private CopyRequestState state;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "note", length = TEXT_MAX, updatable = false)
    private String note;

    @Column(name = "asked_by", nullable = false, updatable = false)
    private String askedBy;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    /** The servicing whose certificate answers it (the latest answer). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "servicing_id")
    private ServicingRecord answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** Why the last certificate was sent back. */
    @Column(name = "sent_back_reason", length = TEXT_MAX)
    private String sentBackReason;

    protected CopyRequest() {
        // for JPA
    }

    CopyRequest(Connection connection, LocalDate dueOn, String note, String askedBy, Instant now) {
        this.connection = connection;
        this.dueOn = dueOn;
        this.note = note;
        this.askedBy = askedBy;
        this.askedAt = now;
        this.state = CopyRequestState.ASKED;
    }

    void answer(ServicingRecord servicing, String by, Instant now) {
        if (!state.isAwaitingClient()) {
            throw new BusinessException("compliance.copy.notAwaitingAnswer", "copy request " + id + " is " + state);
        }
        this.answer = servicing;
        this.answeredBy = by;
        this.answeredAt = now;
        this.state = CopyRequestState.ANSWERED;
    }

    void accept(String by, Instant now) {
        decide(CopyRequestState.ACCEPTED, by, now);
    }

    void sendBack(String reason, String by, Instant now) {
        decide(CopyRequestState.SENT_BACK, by, now);
        this.sentBackReason = reason;
    }

    private void decide(CopyRequestState to, String by, Instant now) {
        if (state != CopyRequestState.ANSWERED) {
            throw new BusinessException("compliance.copy.notAnswered", "copy request " + id + " is " + state);
        }
        this.state = to;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Connection getConnection() {
        return connection;
    }

    public CopyRequestState getState() {
        return state;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getNote() {
        return note;
    }

    public String getAskedBy() {
        return askedBy;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public ServicingRecord getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getSentBackReason() {
        return sentBackReason;
    }
}
