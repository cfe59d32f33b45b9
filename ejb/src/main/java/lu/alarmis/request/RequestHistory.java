package lu.alarmis.request;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;

/**
 * Writes a line of a request's timeline, and the same fact into the audit trail, in the
 * transaction of the service that acted: no change without its record.
 */
@ApplicationScoped
public class RequestHistory {

    @Inject
    private RequestRepository requests;

    @Inject
    private AuditLog audit;

    public void record(ConnectionRequest request, RequestEventKind kind, ActorKind actorKind, String actor,
                       RequestState from, String note, Instant at) {
        requests.add(new RequestEvent(request, at, kind, actorKind, actor, from, request.getState(), note));
        audit.record(actor, AuditAction.REQUEST_EVENT, "request", request.getId(),
                kind + " " + from + "→" + request.getState() + (note == null ? "" : ": " + note));
    }
}
