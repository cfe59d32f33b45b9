package lu.alarmis.request;

/**
 * A request now waits for POST Luxembourg to confirm its order (submitted, or its order reference
 * corrected). Fired inside the transaction of that change; the POST link observes it.
 */
public record OrderCheckNeeded(long requestId, String orderReference) {
}
