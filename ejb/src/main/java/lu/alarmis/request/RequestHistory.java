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
        record(request, kind, actorKind, actor, from, request.getState(), note, at);
    }

    /** The request may be a reference not loaded: reading its id does not load it. */
    private void record(ConnectionRequest request, RequestEventKind kind, ActorKind actorKind, String actor,
                        RequestState from, RequestState to, String note, Instant at) {
        requests.add(new RequestEvent(request, at, kind, actorKind, actor, from, to, note));
        audit.record(actor, AuditAction.REQUEST_EVENT, "request", request.getId(), auditDetail(kind, from, to, note));
    }

    /** "SUBMITTED: DRAFT → SUBMITTED", "CREATED: created as DRAFT", "ASSIGNED", each with its note. */
    static String auditDetail(RequestEventKind kind, RequestState from, RequestState to, String note) {
        String change = from == null ? ": created as " + to : from == to ? "" : ": " + from + " → " + to;
        return kind + change + (note == null ? "" : " · " + note);
    }
}
