package lu.alarmis.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import lu.alarmis.account.BusinessEspace;
import lu.alarmis.account.EspaceMembership;
import lu.alarmis.account.EspaceService;
import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.Luxembourg;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.common.Text;
import lu.alarmis.document.DocumentDownload;
import lu.alarmis.document.DocumentInspector;
import lu.alarmis.document.InspectedDocument;
import lu.alarmis.notification.NotificationKind;
import lu.alarmis.notification.NotificationService;
import lu.alarmis.security.Roles;

/**
 * The procedure before a measure that withdraws or changes a client's right (PANC, art. 9): staff
 * announce it with its reasons and at least eight days to answer; the client's eSpaces are told and
 * answer with text and documents; a supervisor other than the one who announced decides, after the
 * answer or the date, with reasons, and the measure is taken or dropped. A supervisor who states an
 * urgency takes the measure at once. Each step is written to the subject's history, the audit trail
 * and the client's inbox in the step's transaction.
 */
@Stateless
@RolesAllowed({Roles.CIN_OPERATOR, Roles.CIN_SUPERVISOR})
public class IntendedDecisionService {

    private static final int OPEN_MAX = 500;

    @Inject
    private IntendedDecisionRepository decisions;

    @Inject
    @Any
    private Instance<DecisionSubject> subjects;

    @Inject
    private DocumentInspector inspector;

    @EJB
    private EspaceService espaces;

    @EJB
    private NotificationService notifications;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext context;

    // ---- staff ----------------------------------------------------------------------------------

    /** Announces the measure: the client has until {@code answerDue} to answer. */
    public IntendedDecision announce(Measure measure, long subjectId, String reasons, LocalDate answerDue) {
        requireMeasure(measure);
        DecisionSubject subject = subject(measure.getSubjectKind());
        String reference = opening(subject, measure, subjectId);
        String by = caller();
        Instant now = Instant.now();
        IntendedDecision decision = IntendedDecision.announce(subject.kind(), subjectId, reference, measure,
                required(reasons, "decision.reasonsRequired"), answerDue, by, now, today());
        decisions.add(decision);
        subject.record(decision, DecisionSubject.Step.ANNOUNCED, by, now);
        audit.record(by, AuditAction.DECISION_ANNOUNCED, "intended-decision", decision.getId(),
                measure + " " + reference + ", answer by " + answerDue + " · " + decision.getReasons());
        tell(subject, decision, measure.intentionNotice(), decision.getReasons());
        return decision;
    }

    /** Takes the measure at once, for the urgency stated: no wait for an answer. Supervisors only. */
    @RolesAllowed(Roles.CIN_SUPERVISOR)
    public IntendedDecision takeUrgently(Measure measure, long subjectId, String reasons, String urgency) {
        requireMeasure(measure);
        DecisionSubject subject = subject(measure.getSubjectKind());
        String reference = opening(subject, measure, subjectId);
        String by = caller();
        Instant now = Instant.now();
        IntendedDecision decision = IntendedDecision.takeUrgently(subject.kind(), subjectId, reference, measure,
                required(reasons, "decision.reasonsRequired"), required(urgency, "decision.urgencyRequired"), by, now);
        decisions.add(decision);
        audit.record(by, AuditAction.DECISION_TAKEN, "intended-decision", decision.getId(),
                measure + " " + reference + ", urgent: " + decision.getUrgency() + " · " + decision.getReasons());
        subject.carryOut(decision, by, now);
        return decision;
    }

    /**
     * Decides, once the client answered or the date passed: the measure is taken, or dropped; the
     * reasons say why, and how the answer was weighed. Supervisors only, and not the one who announced it.
     */
    @RolesAllowed(Roles.CIN_SUPERVISOR)
    public IntendedDecision decide(long decisionId, long version, boolean takeMeasure, String reasons) {
        IntendedDecision decision = get(decisionId);
        DecisionSubject subject = subject(decision.getSubjectKind());
        String text = required(reasons, "decision.reasonsRequired");
        if (takeMeasure) {
            subject.referenceFor(decision.getSubjectId(), decision.getMeasure());
        }
        String by = caller();
        Instant now = Instant.now();
        LocalDate today = today();
        decisions.change(decision, version, d -> d.decide(takeMeasure, text, by, now, today));
        audit.record(by, takeMeasure ? AuditAction.DECISION_TAKEN : AuditAction.DECISION_DROPPED, "intended-decision",
                decisionId, decision.getMeasure() + " " + decision.getSubjectReference() + " · " + text);
        if (takeMeasure) {
            subject.carryOut(decision, by, now);
        } else {
            subject.record(decision, DecisionSubject.Step.DROPPED, by, now);
            tell(subject, decision, NotificationKind.INTENDED_DECISION_DROPPED, text);
        }
        return decision;
    }

    /** One intended decision's file, with its answer documents. */
    public IntendedDecision get(long decisionId) {
        return decisions.findWithDocuments(decisionId).orElseThrow(() -> new NotFoundException("intended decision", decisionId));
    }

    /** Every intended decision about these subjects (a client's connections), newest first. */
    public List<IntendedDecision> about(SubjectKind kind, Collection<Long> subjectIds) {
        return decisions.about(kind, subjectIds);
    }

    /** What is still to be decided, the earliest date to answer first. */
    public List<IntendedDecision> open() {
        return decisions.open(OPEN_MAX);
    }

    /** How many can be decided now: answered, or the date to answer passed. */
    public long countReadyToDecide() {
        return decisions.countReady(today());
    }

    // ---- the client -----------------------------------------------------------------------------

    /** The intended decisions about a subject this eSpace acts for; the caller must be a member. */
    @RolesAllowed(Roles.APPLICANT)
    public List<IntendedDecision> aboutForMyEspace(long espaceId, SubjectKind kind, long subjectId) {
        espaces.myMembership(espaceId);
        if (!subject(kind).isActedForBy(subjectId, espaceId)) {
            throw refused(kind + " " + subjectId, espaceId);
        }
        return decisions.about(kind, List.of(subjectId));
    }

    /** The client's answer, sent once; documents are attached before. */
    @RolesAllowed(Roles.APPLICANT)
    public IntendedDecision answer(long espaceId, long decisionId, long version, String text) {
        IntendedDecision decision = mine(espaceId, decisionId);
        String answer = required(text, "decision.answerRequired");
        String by = caller();
        Instant now = Instant.now();
        decisions.change(decision, version, d -> d.answer(answer, by, now));
        subject(decision.getSubjectKind()).record(decision, DecisionSubject.Step.ANSWERED, by, now);
        audit.record(by, AuditAction.DECISION_ANSWERED, "intended-decision", decisionId,
                decision.getDocuments().size() + " documents · " + answer);
        return decision;
    }

    /** A document for the answer, inspected like every upload; a refused file leaves nothing. */
    @RolesAllowed(Roles.APPLICANT)
    public AnswerDocument attach(long espaceId, long decisionId, String fileName, byte[] content) {
        IntendedDecision decision = mine(espaceId, decisionId);
        InspectedDocument inspected = inspector.inspect(fileName, content);
        String by = caller();
        AnswerDocument document = new AnswerDocument(decision, inspected, content, by, Instant.now());
        decision.attach(document);
        decisions.add(document);
        audit.record(by, AuditAction.DOCUMENT_UPLOADED, "intended-decision", decisionId,
                inspected.fileName() + " " + inspected.mediaType() + " " + inspected.size() + " B sha256 "
                        + inspected.sha256Hex());
        return document;
    }

    /** An answer's document: for staff, and for the members of an eSpace that acts for the subject. */
    @RolesAllowed({Roles.APPLICANT, Roles.CIN_OPERATOR, Roles.CIN_SUPERVISOR})
    public DocumentDownload download(long documentId) {
        String caller = caller();
        AnswerDocument document = decisions.findDocument(documentId)
                .filter(d -> isStaff() || actsForMe(d.getDecision()))
                .orElseThrow(() -> {
                    audit.recordRefusal(caller, AuditAction.ACCESS_DENIED, "answer-document", documentId,
                            "not visible to the caller");
                    return new NotFoundException("document", documentId);
                });
        audit.record(caller, AuditAction.DOCUMENT_DOWNLOADED, "intended-decision", document.getDecision().getId(),
                document.getFileName());
        return document.download();
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** The subject's reference, once sure that the measure can be taken and that nothing else is pending on it. */
    private String opening(DecisionSubject subject, Measure measure, long subjectId) {
        String reference = subject.referenceFor(subjectId, measure);
        if (decisions.hasOpen(subject.kind(), subjectId)) {
            throw new BusinessException("decision.alreadyOpen", "an intended decision about " + reference + " is open");
        }
        return reference;
    }

    /** An intended decision about a subject this eSpace acts for; any other id is not found, the same way. */
    private IntendedDecision mine(long espaceId, long decisionId) {
        espaces.myMembership(espaceId);
        return decisions.find(decisionId)
                .filter(d -> subject(d.getSubjectKind()).isActedForBy(d.getSubjectId(), espaceId))
                .orElseThrow(() -> refused("intended decision " + decisionId, espaceId));
    }

    private NotFoundException refused(String what, long espaceId) {
        audit.recordRefusal(caller(), AuditAction.ACCESS_DENIED, "intended-decision", what,
                "not about a client that eSpace " + espaceId + " acts for");
        return new NotFoundException("intended decision", what);
    }

    private boolean actsForMe(IntendedDecision decision) {
        if (!context.isCallerInRole(Roles.APPLICANT)) {
            return false;
        }
        DecisionSubject subject = subject(decision.getSubjectKind());
        return espaces.myMemberships().stream().map(EspaceMembership::getEspace).map(BusinessEspace::getId)
                .anyMatch(espaceId -> subject.isActedForBy(decision.getSubjectId(), espaceId));
    }

    private boolean isStaff() {
        return context.isCallerInRole(Roles.CIN_OPERATOR) || context.isCallerInRole(Roles.CIN_SUPERVISOR);
    }

    private void tell(DecisionSubject subject, IntendedDecision decision, NotificationKind kind, String detail) {
        for (BusinessEspace espace : subject.espacesToTell(decision.getSubjectId())) {
            notifications.notify(espace, subject.notificationSubject(decision.getSubjectId()), kind, detail);
        }
    }

    private DecisionSubject subject(SubjectKind kind) {
        return subjects.stream().filter(s -> s.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("no DecisionSubject for " + kind));
    }

    private static void requireMeasure(Measure measure) {
        if (measure == null) {
            throw new BusinessException("decision.measureRequired", "no measure chosen");
        }
    }

    private static String required(String text, String messageKey) {
        if (Text.blank(text)) {
            throw new BusinessException(messageKey, "empty text");
        }
        return Text.cut(text.strip(), IntendedDecision.TEXT_MAX);
    }

    private static LocalDate today() {
        return LocalDate.now(Luxembourg.ZONE);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
