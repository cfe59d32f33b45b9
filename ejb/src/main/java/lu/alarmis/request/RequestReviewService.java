package lu.alarmis.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import lu.alarmis.account.Account;
import lu.alarmis.account.AccountRepository;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.Luxembourg;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.notification.NotificationKind;
import lu.alarmis.notification.NotificationService;
import lu.alarmis.security.Roles;

/**
 * The CIN Alarmis section's side of a connection request: the work queue, assignment, POST's
 * answer recorded by hand, information requests, proposals (operators) and decisions
 * (supervisors, never the proposer). Each action names the version of the request the staff
 * member saw: if a colleague acted meanwhile, the action is refused and nothing changes.
 */
@Stateless
@RolesAllowed({Roles.CIN_OPERATOR, Roles.CIN_SUPERVISOR})
public class RequestReviewService {

    @Inject
    private RequestRepository requests;

    @Inject
    private RequestHistory history;

    @Inject
    private AccountRepository accounts;

    @EJB
    private NotificationService notifications;

    /** Observed by the POST link, in this transaction: POST learns the number if and only if it is issued. */
    @Inject
    private Event<ClientNumberIssued> clientNumbers;

    @Inject
    private Event<ConnectionStatusChanged> connectionChanges;

    @Resource
    private SessionContext context;

    /** A page of the work queue, filtered, sorted and paged by the database. */
    public List<WorkQueueRow> workQueue(WorkQueueFilter filter, int first, int pageSize) {
        return requests.workQueue(filter, callerIdFor(filter), Instant.now(), first, Math.min(Math.max(pageSize, 1), 100));
    }

    /** How many requests the filter matches, up to {@link WorkQueuePage#COUNT_CAP}. */
    public WorkQueuePage.Count countWorkQueue(WorkQueueFilter filter) {
        long matching = requests.countWorkQueue(filter, callerIdFor(filter), Instant.now());
        return new WorkQueuePage.Count(Math.min(matching, WorkQueuePage.COUNT_CAP), matching > WorkQueuePage.COUNT_CAP);
    }

    private Long callerIdFor(WorkQueueFilter filter) {
        return filter.getAssignment() == WorkQueueFilter.Assignment.MINE ? caller().getId() : null;
    }

    /** A submitted request with everything its page shows. Drafts are the applicant's own business. */
    public ConnectionRequest get(long requestId) {
        return requests.findWithDetails(requestId)
                .filter(r -> r.getState() != RequestState.DRAFT)
                .orElseThrow(() -> new NotFoundException("request", requestId));
    }

    /** The whole timeline, internal steps included. */
    public List<RequestEvent> timeline(long requestId) {
        get(requestId);
        return requests.history(requestId);
    }

    public ConnectionRequest assignToMe(long requestId, long version) {
        Account me = caller();
        return change(requestId, version, r -> {
            r.assignTo(me);
            history.record(r, RequestEventKind.ASSIGNED, ActorKind.PGD, me.getEmail(), r.getState(),
                    me.getDisplayName(), Instant.now());
        });
    }

    /**
     * POST's answer to the order check, recorded by a staff member: the fallback while the partner
     * link does not bring it (or is down). Who recorded it and why is kept.
     */
    public ConnectionRequest recordPostAnswer(long requestId, long version, boolean confirmed, String lineIdOrReason,
                                              String why) {
        requireText(why, "request.whyRequired");
        if (!confirmed) {
            requireText(lineIdOrReason, "request.postReasonRequired");
        }
        Account me = caller();
        Instant now = Instant.now();
        ConnectionRequest request = change(requestId, version, r -> {
            RequestState from = r.getState();
            String detail = lineIdOrReason == null || lineIdOrReason.isBlank() ? null : lineIdOrReason.strip();
            if (confirmed) {
                r.postConfirmed(detail, now);
            } else {
                r.postRejected(now);
            }
            history.record(r, confirmed ? RequestEventKind.POST_CONFIRMED : RequestEventKind.POST_REJECTED,
                    ActorKind.PGD, me.getEmail(), from,
                    ConnectionRequestService.limit((detail == null ? "" : detail + " · ")
                            + "recorded by hand: " + why.strip()), now);
        });
        if (!confirmed) {
            notifications.notify(request.getEspace(), request.getId(), NotificationKind.ORDER_REJECTED,
                    lineIdOrReason.strip());
        }
        return request;
    }

    public ConnectionRequest askForInformation(long requestId, long version, String message, LocalDate due) {
        requireText(message, "request.messageRequired");
        if (due == null || !due.isAfter(LocalDate.now(Luxembourg.ZONE))) {
            throw new BusinessException("request.dueDateInFuture", "due date " + due);
        }
        Account me = caller();
        Instant now = Instant.now();
        String text = ConnectionRequestService.limit(message.strip());
        ConnectionRequest request = change(requestId, version, r -> {
            RequestState from = r.getState();
            r.requestInformation(text, due, now);
            history.record(r, RequestEventKind.INFORMATION_REQUESTED, ActorKind.PGD, me.getEmail(), from, text, now);
        });
        notifications.notify(request.getEspace(), request.getId(), NotificationKind.INFORMATION_REQUESTED, text);
        return request;
    }

    /** An operator (or a supervisor) proposes a decision that a supervisor will take. */
    public ConnectionRequest propose(long requestId, long version, ConnectionRequest.Decision decision, String note) {
        if (decision == ConnectionRequest.Decision.REFUSAL) {
            requireText(note, "request.reasonRequired");
        }
        Account me = caller();
        String text = note == null || note.isBlank() ? null : ConnectionRequestService.limit(note.strip());
        return change(requestId, version, r -> {
            r.propose(decision, me, text);
            history.record(r, RequestEventKind.PROPOSED, ActorKind.PGD, me.getEmail(), r.getState(),
                    decision + (text == null ? "" : ": " + text), Instant.now());
        });
    }

    /**
     * A supervisor decides along the proposal. Approval issues the client number from the
     * database sequence; a refusal needs the reason the applicant will read.
     */
    @RolesAllowed(Roles.CIN_SUPERVISOR)
    public ConnectionRequest decide(long requestId, long version, ConnectionRequest.Decision decision, String reason) {
        if (decision == ConnectionRequest.Decision.REFUSAL) {
            requireText(reason, "request.reasonRequired");
        }
        Account me = caller();
        Instant now = Instant.now();
        String text = reason == null || reason.isBlank() ? null : ConnectionRequestService.limit(reason.strip());
        ConnectionRequest request = change(requestId, version, r -> {
            RequestState from = r.getState();
            if (decision == ConnectionRequest.Decision.APPROVAL) {
                // Checked before a number is drawn, so that a refused attempt does not use one up.
                r.requireDecidable(decision, me);
                r.approve(me, ClientNumber.of(now.atZone(Luxembourg.ZONE).getYear(), requests.nextClientNumberSequence()),
                        text, now);
            } else {
                r.refuse(me, text, now);
            }
            history.record(r, decision == ConnectionRequest.Decision.APPROVAL ? RequestEventKind.APPROVED
                            : RequestEventKind.REFUSED, ActorKind.PGD, me.getEmail(), from,
                    decision == ConnectionRequest.Decision.APPROVAL ? r.getClientNumber() : text, now);
        });
        if (decision == ConnectionRequest.Decision.APPROVAL) {
            notifications.notify(request.getEspace(), request.getId(), NotificationKind.REQUEST_APPROVED,
                    request.getClientNumber());
            clientNumbers.fire(new ClientNumberIssued(request.getId(), request.getClientNumber()));
        } else {
            notifications.notify(request.getEspace(), request.getId(), NotificationKind.REQUEST_REFUSED, text);
        }
        return request;
    }

    /** A supervisor allows a request that includes a fire alarm (normally CGDIS's) to go on. */
    @RolesAllowed(Roles.CIN_SUPERVISOR)
    public ConnectionRequest recordFireException(long requestId, long version, String reason) {
        requireText(reason, "request.reasonRequired");
        Account me = caller();
        String text = ConnectionRequestService.limit(reason.strip());
        return change(requestId, version, r -> {
            r.recordFireException(me, text);
            history.record(r, RequestEventKind.FIRE_EXCEPTION, ActorKind.PGD, me.getEmail(), r.getState(), text,
                    Instant.now());
        });
    }

    /** A supervisor suspends an approved client's connection, with the reason the applicant and POST read. */
    @RolesAllowed(Roles.CIN_SUPERVISOR)
    public ConnectionRequest suspendConnection(long requestId, long version, String reason) {
        return changeConnection(requestId, version, reason, ConnectionRequest::suspendConnection,
                RequestEventKind.CONNECTION_SUSPENDED, NotificationKind.CONNECTION_SUSPENDED);
    }

    @RolesAllowed(Roles.CIN_SUPERVISOR)
    public ConnectionRequest reinstateConnection(long requestId, long version, String reason) {
        return changeConnection(requestId, version, reason, ConnectionRequest::reinstateConnection,
                RequestEventKind.CONNECTION_REINSTATED, NotificationKind.CONNECTION_REINSTATED);
    }

    @RolesAllowed(Roles.CIN_SUPERVISOR)
    public ConnectionRequest endConnection(long requestId, long version, String reason) {
        return changeConnection(requestId, version, reason, ConnectionRequest::endConnection,
                RequestEventKind.CONNECTION_ENDED, NotificationKind.CONNECTION_ENDED);
    }

    private ConnectionRequest changeConnection(long requestId, long version, String reason,
                                               BiConsumer<ConnectionRequest, Instant> change, RequestEventKind kind,
                                               NotificationKind notification) {
        requireText(reason, "request.reasonRequired");
        Account me = caller();
        Instant now = Instant.now();
        String text = ConnectionRequestService.limit(reason.strip());
        ConnectionRequest request = change(requestId, version, r -> {
            change.accept(r, now);
            history.record(r, kind, ActorKind.PGD, me.getEmail(), r.getState(), text, now);
        });
        notifications.notify(request.getEspace(), request.getId(), notification, text);
        connectionChanges.fire(new ConnectionStatusChanged(request.getId(), request.getConnectionStatus(), text, now));
        return request;
    }

    private ConnectionRequest change(long requestId, long version, Consumer<ConnectionRequest> action) {
        return requests.change(get(requestId), version, action);
    }

    private static void requireText(String text, String messageKey) {
        if (text == null || text.isBlank()) {
            throw new BusinessException(messageKey, "required text missing");
        }
    }

    private Account caller() {
        return accounts.getSignedIn(context.getCallerPrincipal());
    }
}
