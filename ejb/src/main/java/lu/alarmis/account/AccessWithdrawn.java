package lu.alarmis.account;

/**
 * An account lost access it may be using in a signed-in session: it was disabled, locked, or
 * given other roles. Fired inside the transaction that made the change.
 */
public record AccessWithdrawn(String email) {
}
