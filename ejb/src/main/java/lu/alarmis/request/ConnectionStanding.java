package lu.alarmis.request;

import java.util.List;
import java.util.Optional;

/**
 * Where the connection of an approved request stands, as its applicant reads it: approved but not
 * yet routed by POST (no alarm reaches the CIN before POST reports the line active), active,
 * suspended or ended, with the reasons of the last suspension or ending.
 */
public record ConnectionStanding(State state, String reasons) {

    public enum State {
        WAITING_FOR_LINE, ACTIVE, SUSPENDED, ENDED
    }

    /** Empty for a request that is not approved. */
    public static Optional<ConnectionStanding> of(ConnectionRequest request, List<RequestEvent> history) {
        if (request.getState() != RequestState.APPROVED || request.getConnectionStatus() == null) {
            return Optional.empty();
        }
        return Optional.of(switch (request.getConnectionStatus()) {
            case ACTIVE -> new ConnectionStanding(lastOf(history, RequestEventKind.LINE_ACTIVE) == null
                    ? State.WAITING_FOR_LINE : State.ACTIVE, null);
            case SUSPENDED -> new ConnectionStanding(State.SUSPENDED,
                    noteOf(lastOf(history, RequestEventKind.CONNECTION_SUSPENDED)));
            case ENDED -> new ConnectionStanding(State.ENDED,
                    noteOf(lastOf(history, RequestEventKind.CONNECTION_ENDED, RequestEventKind.LINE_ENDED)));
        });
    }

    private static RequestEvent lastOf(List<RequestEvent> history, RequestEventKind... kinds) {
        RequestEvent last = null;
        for (RequestEvent event : history) {
            if (List.of(kinds).contains(event.getKind())
                    && (last == null || !event.getOccurredAt().isBefore(last.getOccurredAt()))) {
                last = event;
            }
        }
        return last;
    }

    private static String noteOf(RequestEvent event) {
        return event == null ? null : event.getNote();
    }
}
