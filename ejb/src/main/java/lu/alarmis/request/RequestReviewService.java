package lu.alarmis.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import lu.alarmis.account.Account;
import lu.alarmis.account.AccountRepository;
import lu.alarmis.account.BusinessEspace;
import lu.alarmis.client.Address;
import lu.alarmis.client.ClientRegister;
import lu.alarmis.client.Connection;
import lu.alarmis.client.NewConnection;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.Luxembourg;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.notification.NotificationKind;
import lu.alarmis.notification.NotificationSubject;
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

    @EJB
    private ClientRegister register;

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

    /** The requests that led to a client's connections (its page in the register). */
    public List<ConnectionRequest> requestsOfClient(long clientId) {
        return requests.ofClient(clientId);
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
                r.postConfirmed(detail, null, now);
            } else {
                r.postRejected(now);
            }
            history.record(r, confirmed ? RequestEventKind.POST_CONFIRMED : RequestEventKind.POST_REJECTED,
                    ActorKind.PGD, me.getEmail(), from,
                    ConnectionRequestService.limit((detail == null ? "" : detail + " · ")
                            + "recorded by hand: " + why.strip()), now);
        });
        if (!confirmed) {
            notifications.notify(request.getEspace(), NotificationSubject.request(request.getId()), NotificationKind.ORDER_REJECTED,
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
        notifications.notify(request.getEspace(), NotificationSubject.request(request.getId()), NotificationKind.INFORMATION_REQUESTED, text);
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
     * What a supervisor needs to approve: the postal address to confirm (the organisation's, as the
     * eSpace gives it, until the supervisor checks it) and the clients of the register with the same
     * trade-register number, one of which the request may belong to.
     */
    @RolesAllowed(Roles.CIN_SUPERVISOR)
    public ApprovalProposal approvalProposal(long requestId) {
        ConnectionRequest request = get(requestId);
        BusinessEspace espace = request.getEspace();
        return new ApprovalProposal(new Address(espace.getStreet(), espace.getHouseNumber(), espace.getPostcode(),
                espace.getLocality()), register.withTradeRegisterNumber(espace.getTradeRegisterNumber()));
    }

    /**
     * A supervisor approves along the proposal (never their own). In the same transaction the
     * connection enters the register, with a new client unless the supervisor linked the request to
     * an existing one, the postal address as the supervisor confirmed it, and a new client number.
     */
    @RolesAllowed(Roles.CIN_SUPERVISOR)
    public ConnectionRequest approve(long requestId, long version, String note, ApprovalTerms terms) {
        Account me = caller();
        Instant now = Instant.now();
        String text = note == null || note.isBlank() ? null : ConnectionRequestService.limit(note.strip());
        ConnectionRequest request = change(requestId, version, r -> {
            RequestState from = r.getState();
            // Checked before anything enters the register. The register comes first, then the request
            // moves: its queries flush what is pending, and an approved request always has its connection.
            r.requireDecidable(ConnectionRequest.Decision.APPROVAL, me);
            if (terms == null || terms.postalAddress() == null || !terms.postalAddress().isComplete()) {
                throw new BusinessException("client.addressIncomplete", "the postal address to confirm is incomplete");
            }
            BusinessEspace espace = r.getEspace();
            SiteAddress site = r.getSite();
            Connection connection = register.connect(new NewConnection(terms.existingClientId(),
                    espace.getOrganisationName(), espace.getLegalForm(), espace.getTradeRegisterNumber(),
                    terms.correspondenceLanguage(), terms.postalAddress(),
                    new Address(site.getStreet(), site.getHouseNumber(), site.getPostcode(), site.getLocality()),
                    r.isPassiveAlarm(), r.isActiveAlarm(), r.getPostOrderReference(), r.getPostLineId(),
                    r.getPostTransmitterId(), r.getReference(), espace, me.getEmail()));
            r.approve(me, text, now);
            r.connectedAs(connection);
            history.record(r, RequestEventKind.APPROVED, ActorKind.PGD, me.getEmail(), from,
                    connection.getClientNumber() + (text == null ? "" : " · " + text), now);
        });
        notifications.notify(request.getEspace(), NotificationSubject.request(request.getId()),
                NotificationKind.REQUEST_APPROVED, request.getClientNumber());
        return request;
    }

    /** A supervisor refuses along the proposal (never their own), with the reason the applicant will read. */
    @RolesAllowed(Roles.CIN_SUPERVISOR)
    public ConnectionRequest refuse(long requestId, long version, String reason) {
        requireText(reason, "request.reasonRequired");
        Account me = caller();
        Instant now = Instant.now();
        String text = ConnectionRequestService.limit(reason.strip());
        ConnectionRequest request = change(requestId, version, r -> {
            RequestState from = r.getState();
            r.refuse(me, text, now);
            history.record(r, RequestEventKind.REFUSED, ActorKind.PGD, me.getEmail(), from, text, now);
        });
        notifications.notify(request.getEspace(), NotificationSubject.request(request.getId()),
                NotificationKind.REQUEST_REFUSED, text);
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
