package lu.alarmis.client;

import java.time.Instant;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import lu.alarmis.notification.NotificationKind;

/**
 * A change of a connection's state by the police: the line of its history, the notice to the
 * client's eSpaces and the message to POST, in the caller's transaction.
 */
@ApplicationScoped
class ConnectionStates {

    @Inject
    private ClientRepository register;

    @Inject
    private ConnectionHistory history;

    @Inject
    private ClientNotices notices;

    /** Observed by the POST link, in this transaction. */
    @Inject
    private Event<ConnectionStateChanged> stateChanges;

    /**
     * @param seenVersion the connection's version the person saw
     * @param reasons     what the client and POST read
     */
    Connection change(Connection connection, long seenVersion, BiConsumer<Connection, Instant> move,
                      ConnectionEventKind kind, NotificationKind notice, String by, String reasons, Instant now) {
        ConnectionState from = connection.getState();
        register.change(connection, connection.getVersion(), seenVersion, connection.getId(), c -> move.accept(c, now));
        String note = lu.alarmis.common.Text.cut(reasons, ConnectionEvent.NOTE_MAX);
        history.record(connection, kind, RegisterActor.PGD, by, from, note, now);
        notices.tell(connection, notice, note);
        stateChanges.fire(new ConnectionStateChanged(connection.getId(), connection.getClientNumber(),
                connection.getState(), note, now));
        return connection;
    }
}
