package lu.alarmis.certification;

/**
 * A token's life: issued with the approval, printed in a letter, posted; then entered (redeemed),
 * locked after five wrong entries, or revoked (a new one issued, its letter cancelled, the
 * request refused). Expiry is a matter of date: {@link CertificationToken#isExpiredAt}.
 */
public enum TokenState {
    ISSUED,
    PRINTED,
    POSTED,
    REDEEMED,
    LOCKED,
    REVOKED;

    /** Still the one that can certify the eSpace, if it has not expired. */
    public boolean isLive() {
        return this == ISSUED || this == PRINTED || this == POSTED;
    }
}
