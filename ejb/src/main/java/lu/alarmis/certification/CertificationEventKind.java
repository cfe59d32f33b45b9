package lu.alarmis.certification;

/** The lines of a certification request's history, the token's life among them. */
public enum CertificationEventKind {
    FILED(true),
    PREPARED(false),
    APPROVED(true),
    REFUSED(true),
    TOKEN_ISSUED(false),
    LETTER_PRINTED(false),
    LETTER_POSTED(true),
    LETTER_CANCELLED(false),
    TOKEN_REVOKED(false),
    TOKEN_WRONG_ENTRY(true),
    TOKEN_LOCKED(true),
    TOKEN_EXPIRED(true),
    CERTIFIED(true),
    REVOCATION_INTENDED(true),
    REVOCATION_ANSWERED(true),
    REVOCATION_DROPPED(true),
    REVOKED(true);

    private final boolean shownToApplicant;

    CertificationEventKind(boolean shownToApplicant) {
        this.shownToApplicant = shownToApplicant;
    }

    /** What the eSpace reads of its request's history; the others are the section's own. */
    public boolean isShownToApplicant() {
        return shownToApplicant;
    }
}
