package lu.alarmis.request;

/** What happened to a request: the lines of its timeline. */
public enum RequestEventKind {
    CREATED(true),
    SUBMITTED(true),
    POST_CHECK_REQUESTED(true),
    POST_CONFIRMED(true),
    POST_REJECTED(true),
    ORDER_REFERENCE_CORRECTED(true),
    ASSIGNED(false),
    INFORMATION_REQUESTED(true),
    INFORMATION_PROVIDED(true),
    PROPOSED(false),
    FIRE_EXCEPTION(false),
    APPROVED(true),
    REFUSED(true),
    WITHDRAWN(true),
    LINE_ACTIVE(true),
    TRANSMISSION_TEST(true),
    LINE_ENDED(true),
    CONNECTION_SUSPENDED(true),
    CONNECTION_REINSTATED(true),
    CONNECTION_ENDED(true);

    private final boolean shownToApplicant;

    RequestEventKind(boolean shownToApplicant) {
        this.shownToApplicant = shownToApplicant;
    }

    /** Internal steps of the CIN (assignment, proposals) are not on the applicant's timeline. */
    public boolean isShownToApplicant() {
        return shownToApplicant;
    }
}
