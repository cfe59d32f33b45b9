package lu.alarmis.request;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of a connection request and the only moves between them: the one place where
 * they are decided. {@code DRAFT → SUBMITTED → POST_CHECK → (POST_REJECTED) → IN_REVIEW ⇄
 * INFO_REQUESTED → APPROVED | REFUSED}, and {@code WITHDRAWN} from any state not yet decided.
 */
public enum RequestState {

    /** Being filled in by the applicant; saved at every step of the wizard. */
    DRAFT,
    /** Submitted by the applicant (strongly authenticated); the order check with POST is next. */
    SUBMITTED,
    /** Waiting for POST Luxembourg to confirm the order reference and the line. */
    POST_CHECK,
    /** POST rejected the order reference; the applicant may correct it. */
    POST_REJECTED,
    /** With the CIN Alarmis section. */
    IN_REVIEW,
    /** The CIN asked the applicant for more information. */
    INFO_REQUESTED,
    /** Decided: connected, a client number was issued. */
    APPROVED,
    /** Decided: refused, with a reason. */
    REFUSED,
    /** Withdrawn by the applicant before a decision. */
    WITHDRAWN;

    private static final Map<RequestState, Set<RequestState>> NEXT = new EnumMap<>(RequestState.class);

    static {
        NEXT.put(DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN));
        NEXT.put(SUBMITTED, EnumSet.of(POST_CHECK, WITHDRAWN));
        NEXT.put(POST_CHECK, EnumSet.of(IN_REVIEW, POST_REJECTED, WITHDRAWN));
        NEXT.put(POST_REJECTED, EnumSet.of(POST_CHECK, WITHDRAWN));
        NEXT.put(IN_REVIEW, EnumSet.of(INFO_REQUESTED, APPROVED, REFUSED, WITHDRAWN));
        NEXT.put(INFO_REQUESTED, EnumSet.of(IN_REVIEW, WITHDRAWN));
        NEXT.put(APPROVED, EnumSet.noneOf(RequestState.class));
        NEXT.put(REFUSED, EnumSet.noneOf(RequestState.class));
        NEXT.put(WITHDRAWN, EnumSet.noneOf(RequestState.class));
    }

    /** The states this one may move to. */
    public Set<RequestState> next() {
        return Collections.unmodifiableSet(NEXT.get(this));
    }

    public boolean canMoveTo(RequestState target) {
        return NEXT.get(this).contains(target);
    }

    /** @throws TransitionNotAllowedException when the move is not one of {@link #next()} */
    public RequestState moveTo(RequestState target) {
        if (!canMoveTo(target)) {
            throw new TransitionNotAllowedException(this, target);
        }
        return target;
    }

    /** Approved or refused: nothing moves any more, and the applicant can no longer withdraw. */
    public boolean isDecided() {
        return this == APPROVED || this == REFUSED;
    }

    /** Neither decided nor withdrawn. */
    public boolean isOpen() {
        return !isDecided() && this != WITHDRAWN;
    }
}
