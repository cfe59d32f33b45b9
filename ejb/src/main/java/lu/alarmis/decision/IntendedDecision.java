package lu.alarmis.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import lu.alarmis.common.BusinessException;

/**
 * A measure the police intend to take on their own initiative (PANC, art. 9): announced with its
 * reasons and a date by which the client may answer (at least {@value #MIN_DAYS_TO_ANSWER} days
 * later), answered with text and documents, then decided by a supervisor who did not announce it,
 * with the reasons of the decision. Only a stated urgency takes the measure without waiting.
 */
@Entity
@Table(name = "intended_decision")
public class IntendedDecision {

    public static final int TEXT_MAX = 4000;
    public static final int MIN_DAYS_TO_ANSWER = 8;
    public static final int MAX_DOCUMENTS = 10;
    public static final long MAX_DOCUMENTS_BYTES = 25L * 1024 * 1024;

    @Id
    @SequenceGenerator(name = "intended_decision_seq", sequenceName = "intended_decision_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intended_decision_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, updatable = false, length = 20)
    private SubjectKind subjectKind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    /** How people name the subject: a connection's client number. */
    @Column(name = "subject_reference", nullable = false, updatable = false, length = 40)
    private String subjectReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure", nullable = false, updatable = false, length = 30)
    private Measure measure;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private IntendedDecisionState state;

    /** The facts and the law: what the client is asked to answer. */
    @Size(max = TEXT_MAX)
    @Column(name = "reasons", nullable = false, updatable = false, length = TEXT_MAX)
    private String reasons;

    @Column(name = "announced_by", nullable = false, updatable = false)
    private String announcedBy;

    @Column(name = "announced_at", nullable = false, updatable = false)
    private Instant announcedAt;

    /** The last day the client has to answer; none when urgency skipped the wait. */
    @Column(name = "answer_due", updatable = false)
    private LocalDate answerDue;

    /** Why the measure could not wait for the client's answer; none in the ordinary case. */
    @Size(max = TEXT_MAX)
    @Column(name = "urgency", updatable = false, length = TEXT_MAX)
    private String urgency;

    @Size(max = TEXT_MAX)
    @Column(name = "answer", length = TEXT_MAX)
    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Size(max = TEXT_MAX)
    @Column(name = "decision_reasons", length = TEXT_MAX)
    private String decisionReasons;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @OneToMany(mappedBy = "decision")
    @OrderBy("uploadedAt, id")
    private List<AnswerDocument> documents = new ArrayList<>();

    protected IntendedDecision() {
        // for JPA
    }

    /** Announced: the client may answer until {@code answerDue}, at least {@value #MIN_DAYS_TO_ANSWER} days after {@code today}. */
    static IntendedDecision announce(SubjectKind kind, long subjectId, String reference, Measure measure, String reasons,
                                     LocalDate answerDue, String by, Instant now, LocalDate today) {
        if (answerDue == null || answerDue.isBefore(today.plusDays(MIN_DAYS_TO_ANSWER))) {
            throw new BusinessException("decision.answerDueTooSoon", "answer due " + answerDue + ", announced " + today,
                    MIN_DAYS_TO_ANSWER);
        }
        IntendedDecision decision = new IntendedDecision(kind, subjectId, reference, measure, reasons, by, now);
        decision.answerDue = answerDue;
        decision.state = IntendedDecisionState.ANNOUNCED;
        return decision;
    }

    /** Taken at once, because of the urgency stated: the reasons are the decision's. */
    static IntendedDecision takeUrgently(SubjectKind kind, long subjectId, String reference, Measure measure,
                                         String reasons, String urgency, String by, Instant now) {
        IntendedDecision decision = new IntendedDecision(kind, subjectId, reference, measure, reasons, by, now);
        decision.urgency = urgency;
        decision.state = IntendedDecisionState.TAKEN;
        decision.decisionReasons = reasons;
        decision.decidedBy = by;
        decision.decidedAt = now;
        return decision;
    }

    private IntendedDecision(SubjectKind kind, long subjectId, String reference, Measure measure, String reasons,
                             String by, Instant now) {
        if (measure.getSubjectKind() != kind) {
            throw new IllegalArgumentException(measure + " does not concern a " + kind);
        }
        this.subjectKind = kind;
        this.subjectId = subjectId;
        this.subjectReference = reference;
        this.measure = measure;
        this.reasons = reasons;
        this.announcedBy = by;
        this.announcedAt = now;
    }

    /** The client's answer: once, before the decision (also after the date, as long as nothing was decided). */
    void answer(String text, String by, Instant now) {
        if (state != IntendedDecisionState.ANNOUNCED) {
            throw new BusinessException("decision.notAnswerable", "intended decision " + id + " is " + state);
        }
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = now;
        this.state = IntendedDecisionState.ANSWERED;
    }

    /** A document given with the answer, before it is sent. */
    void attach(AnswerDocument document) {
        if (state != IntendedDecisionState.ANNOUNCED) {
            throw new BusinessException("decision.notAnswerable", "intended decision " + id + " is " + state);
        }
        if (documents.size() >= MAX_DOCUMENTS) {
            throw new BusinessException("document.refused.tooMany", "too many documents", document.getFileName(),
                    MAX_DOCUMENTS);
        }
        if (documentsBytes() + document.getSize() > MAX_DOCUMENTS_BYTES) {
            throw new BusinessException("document.refused.requestTooLarge", "documents exceed the limit",
                    document.getFileName(), MAX_DOCUMENTS_BYTES / (1024 * 1024));
        }
        documents.add(document);
    }

    /**
     * A decision can be taken once the client has answered, or once the date to answer has passed
     * without an answer.
     */
    public boolean isDecidableOn(LocalDate today) {
        return state == IntendedDecisionState.ANSWERED
                || state == IntendedDecisionState.ANNOUNCED && today.isAfter(answerDue);
    }

    /** Decided by another person than the one who announced it (four eyes), with the decision's reasons. */
    void decide(boolean takeMeasure, String decisionReasons, String by, Instant now, LocalDate today) {
        if (!state.isOpen()) {
            throw new BusinessException("decision.alreadyDecided", "intended decision " + id + " is " + state);
        }
        if (!isDecidableOn(today)) {
            throw new BusinessException("decision.answerAwaited", "intended decision " + id + " waits for an answer until "
                    + answerDue);
        }
        if (by.equalsIgnoreCase(announcedBy)) {
            throw new BusinessException("decision.fourEyes", by + " announced intended decision " + id);
        }
        this.decisionReasons = decisionReasons;
        this.decidedBy = by;
        this.decidedAt = now;
        this.state = takeMeasure ? IntendedDecisionState.TAKEN : IntendedDecisionState.DROPPED;
    }

    long documentsBytes() {
        return documents.stream().mapToLong(AnswerDocument::getSize).sum();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getSubjectReference() {
        return subjectReference;
    }

    public Measure getMeasure() {
        return measure;
    }

    public IntendedDecisionState getState() {
        return state;
    }

    public boolean isOpen() {
        return state.isOpen();
    }

    public boolean isUrgent() {
        return urgency != null;
    }

    public String getReasons() {
        return reasons;
    }

    public String getAnnouncedBy() {
        return announcedBy;
    }

    public Instant getAnnouncedAt() {
        return announcedAt;
    }

    public LocalDate getAnswerDue() {
        return answerDue;
    }

    public String getUrgency() {
        return urgency;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getDecisionReasons() {
        return decisionReasons;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public List<AnswerDocument> getDocuments() {
        return documents;
    }
}
