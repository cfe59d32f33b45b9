package lu.alarmis.client;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.common.Text;

/**
 * Writes a line of a connection's history, and the same fact into the audit trail, in the
 * transaction of the service that acted: no change without its record.
 */
@ApplicationScoped
public class ConnectionHistory {

    @Inject
    private ClientRepository register;

    @Inject
    private AuditLog audit;

    /**
     * Also for the areas built on the register (the yearly obligations), whose facts are lines of
     * the connection's history too.
     *
     * @param from the state before; {@code null} for a connection that has just been created
     */
    public void record(Connection connection, ConnectionEventKind kind, RegisterActor actorKind, String actor,
                ConnectionState from, String note, Instant at) {
        String text = Text.cut(note, ConnectionEvent.NOTE_MAX);
        register.add(new ConnectionEvent(connection, at, kind, actorKind, actor, from, connection.getState(), text));
        String change = from == null ? ": " + connection.getState() : from == connection.getState() ? ""
                : ": " + from + " → " + connection.getState();
        audit.record(actor, AuditAction.CONNECTION_EVENT, "connection", connection.getClientNumber(),
                kind + change + (text == null ? "" : " · " + text));
    }

    /**
     * A line written by the legacy register's import: the file is the actor (its kind says "legacy
     * import"). The audit trail holds the import itself (who started it, on which file, what it did:
     * {@code LEGACY_IMPORT_*}), not a record per line; each line is in its connection's history.
     */
    void recordImport(Connection connection, ConnectionEventKind kind, String fileName, ConnectionState from,
                      String note, Instant at) {
        register.add(new ConnectionEvent(connection, at, kind, RegisterActor.LEGACY_IMPORT, Text.cut(fileName, 254), from,
                connection.getState(), Text.cut(note, ConnectionEvent.NOTE_MAX)));
    }
}
