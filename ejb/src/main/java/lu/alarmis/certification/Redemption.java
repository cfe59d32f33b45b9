package lu.alarmis.certification;

/**
 * What came of a token entered in the eSpace. Told as an outcome, not an exception: a wrong entry
 * must be counted (and may lock the token) in the transaction that refuses it.
 */
public record Redemption(Outcome outcome, int attemptsLeft) {

    public enum Outcome {
        /** The eSpace is certified: linked to the client and its connections. */
        CERTIFIED,
        WRONG,
        /** The fifth wrong entry, now or before: staff can issue a new token. */
        LOCKED,
        EXPIRED,
        /** A token a newer one replaced, or whose letter was cancelled. */
        REVOKED,
        /** Already entered: the eSpace is certified. */
        USED,
        /** The request waits for no token (not approved, or refused). */
        NOT_AWAITED
    }

    static Redemption of(Outcome outcome) {
        return new Redemption(outcome, 0);
    }
}
