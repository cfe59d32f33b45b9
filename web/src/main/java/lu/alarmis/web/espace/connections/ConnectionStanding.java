package lu.alarmis.web.espace.connections;

import java.io.Serializable;
import java.util.List;

import lu.alarmis.client.Connection;
import lu.alarmis.client.ConnectionEvent;
import lu.alarmis.client.ConnectionEventKind;

/**
 * Where a connection stands as its client reads it: waiting for POST to route the line, active,
 * suspended or ended, with the reasons of the last suspension or ending.
 */
public record ConnectionStanding(Connection.Standing state, String reasons) implements Serializable {

    public static ConnectionStanding of(Connection connection, List<ConnectionEvent> history) {
        Connection.Standing state = connection.getStanding();
        String reasons = null;
        if (state == Connection.Standing.SUSPENDED || state == Connection.Standing.ENDED) {
            for (ConnectionEvent event : history) {
                if (event.getKind() == ConnectionEventKind.SUSPENDED || event.getKind() == ConnectionEventKind.ENDED
                        || event.getKind() == ConnectionEventKind.LINE_ENDED) {
                    reasons = event.getNote(); // the history is oldest first: the last one wins
                }
            }
        }
        return new ConnectionStanding(state, reasons);
    }
}
