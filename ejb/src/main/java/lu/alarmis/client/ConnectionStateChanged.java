package lu.alarmis.client;

import java.time.Instant;

/**
 * A supervisor suspended, reinstated or ended a connection; fired inside that transaction, so that
 * POST is told if and only if the change is kept.
 */
public record ConnectionStateChanged(long connectionId, String clientNumber, ConnectionState state, String reason,
                                     Instant at) {
}
