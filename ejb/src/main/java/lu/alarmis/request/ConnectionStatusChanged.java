package lu.alarmis.request;

import java.time.Instant;

/** A supervisor suspended, reinstated or ended a client's connection; fired inside that transaction. */
public record ConnectionStatusChanged(long requestId, ConnectionStatus status, String reason, Instant at) {
}
