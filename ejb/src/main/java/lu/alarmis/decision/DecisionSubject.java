package lu.alarmis.decision;

import java.time.Instant;
import java.util.List;

import lu.alarmis.account.BusinessEspace;
import lu.alarmis.notification.NotificationSubject;

/**
 * The area whose records a kind of measure concerns (the register for connections; later
 * certification): a CDI bean, one per {@link SubjectKind}, called in the transaction of the step
 * of the procedure. It never checks roles: {@link IntendedDecisionService} did.
 */
public interface DecisionSubject {

    SubjectKind kind();

    /**
     * How people name the subject, after checking that the measure can be taken on it now (a
     * connection must be active to be suspended). Throws a
     * {@link lu.alarmis.common.NotFoundException} for an unknown id and a
     * {@link lu.alarmis.common.BusinessException} for a measure that cannot be taken.
     */
    String referenceFor(long subjectId, Measure measure);

    /** Whether this business eSpace acts for the subject's client (and so reads and answers its intended decisions). */
    boolean isActedForBy(long subjectId, long espaceId);

    /** The business eSpaces told of each step. */
    List<BusinessEspace> espacesToTell(long subjectId);

    NotificationSubject notificationSubject(long subjectId);

    /** Writes a step of the procedure into the subject's own history. */
    void record(IntendedDecision decision, Step step, String actor, Instant at);

    /** Takes the measure decided (with its history, notices and partners told). */
    void carryOut(IntendedDecision decision, String actor, Instant at);

    /** The steps of the procedure a subject's history shows, besides the measure itself. */
    enum Step {
        ANNOUNCED, ANSWERED, DROPPED
    }
}
