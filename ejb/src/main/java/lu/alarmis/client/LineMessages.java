package lu.alarmis.client;

import static lu.alarmis.common.Text.blank;

import java.time.Instant;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import lu.alarmis.notification.NotificationKind;
import lu.alarmis.security.Roles;

/**
 * POST Luxembourg's messages about a client's line, applied to its connection: the line routed
 * (alarms reach the CIN from then on), the line ended (the connection ends;
 * the client is told with POST's reason, which staff read in the history too). Only the identity
 * that processes POST's messages may call it.
 */
@Stateless
@RolesAllowed(Roles.POST_INBOUND)
public class LineMessages {

    static final String POST = "POST Luxembourg";

    @Inject
    private ClientRepository register;

    @Inject
    private ConnectionHistory history;

    @Inject
    private ClientNotices notices;

    public LineAnswer lineActive(String clientNumber, String lineId, Instant since, String messageId) {
        return apply(clientNumber, connection -> {
            connection.lineActive(lineId, since);
            String note = "line " + lineId + " active since " + since;
            history.record(connection, ConnectionEventKind.LINE_ACTIVE, RegisterActor.POST, POST,
                    connection.getState(), note + " (message " + messageId + ")", Instant.now());
            return note;
        });
    }

    /**
     * POST ended the line: no alarm reaches the CIN any more, so the connection ends, unless it had
     * already, or the line POST names is not the connection's (a late message about a line it was
     * moved from): then it is only recorded in the history, for staff to see.
     */
    public LineAnswer lineEnded(String clientNumber, String lineId, Instant endedAt, String reason, String messageId) {
        return apply(clientNumber, connection -> {
            ConnectionState from = connection.getState();
            String note = "line " + lineId + " ended on " + endedAt + (blank(reason) ? "" : ": " + reason.strip());
            Instant now = Instant.now();
            boolean itsLine = connection.getPostLineId() == null || connection.getPostLineId().equals(lineId);
            if (from != ConnectionState.ENDED && itsLine) {
                connection.end(now);
                notices.tell(connection, NotificationKind.LINE_ENDED, blank(reason) ? null : reason.strip());
            }
            String outcome = from == ConnectionState.ENDED ? " (the connection had already ended)"
                    : itsLine ? "" : " (not the connection's line, " + connection.getPostLineId() + ": nothing ended)";
            history.record(connection, ConnectionEventKind.LINE_ENDED, RegisterActor.POST, POST, from,
                    note + outcome + " (message " + messageId + ")", now);
            return note + outcome;
        });
    }

    private LineAnswer apply(String clientNumber, Function<Connection, String> change) {
        return register.byClientNumber(clientNumber)
                .map(connection -> LineAnswer.applied(connection, change.apply(connection)))
                .orElseGet(() -> LineAnswer.waiting("client number " + clientNumber + " not in the register yet"));
    }
}
