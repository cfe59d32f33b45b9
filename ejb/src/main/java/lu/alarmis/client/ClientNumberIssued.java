package lu.alarmis.client;

import java.time.Instant;

/**
 * A connection entered the register with its new client number (an approval); fired inside that
 * transaction, so that POST learns the number if and only if it is issued.
 *
 * @param originReference the request it answers ("R-1000000123"), as POST knows it
 */
public record ClientNumberIssued(long connectionId, String clientNumber, String postOrderReference, String postLineId,
                                 String originReference, Instant at) {
}
