package lu.alarmis.request;

/** A request was approved and its client number issued; fired inside that transaction. */
public record ClientNumberIssued(long requestId, String clientNumber) {
}
