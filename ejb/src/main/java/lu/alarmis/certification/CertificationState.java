package lu.alarmis.certification;

/**
 * Where a certification request stands: filed, prepared by an operator, approved by a supervisor
 * (a token and a letter go out), certified once the token is entered, or refused; a certification
 * can later be revoked through an intended decision.
 */
public enum CertificationState {
    SUBMITTED,
    PREPARED,
    APPROVED,
    CERTIFIED,
    REFUSED,
    REVOKED;

    /** Still to be decided by the section. */
    public boolean isInReview() {
        return this == SUBMITTED || this == PREPARED;
    }

    /** Open: in review, or approved and waiting for the token. */
    public boolean isOpen() {
        return isInReview() || this == APPROVED;
    }
}
