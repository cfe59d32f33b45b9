package lu.alarmis.request;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import lu.alarmis.account.Account;
import lu.alarmis.account.AccountRepository;
import lu.alarmis.account.EspaceMembership;
import lu.alarmis.account.EspaceService;
import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.common.Text;
import lu.alarmis.document.DocumentInspector;
import lu.alarmis.document.InspectedDocument;
import lu.alarmis.notification.NotificationKind;
import lu.alarmis.notification.NotificationSubject;
import lu.alarmis.notification.NotificationService;
import lu.alarmis.security.CallerContext;
import lu.alarmis.security.Roles;

/**
 * The applicant's side of a connection request: the wizard's draft, submission, answers to the
 * CIN, correction of a rejected order reference, withdrawal. Every request id from outside is
 * checked against the caller's eSpace memberships: another organisation's request is "not found",
 * and the attempt is recorded.
 */
@Stateless
@RolesAllowed(Roles.APPLICANT)
public class ConnectionRequestService {

    @Inject
    private DocumentInspector inspector;

    @Inject
    private RequestRepository requests;

    @Inject
    private RequestHistory history;

    @Inject
    private AccountRepository accounts;

    @EJB
    private EspaceService espaces;

    @EJB
    private NotificationService notifications;

    @Inject
    private AuditLog audit;

    @Inject
    private CallerContext callerContext;

    @Inject
    private Validator validator;

    /** Observed by the POST link, in this transaction: the order check leaves if and only if it commits. */
    @Inject
    private Event<OrderCheckNeeded> orderChecks;

    @Resource
    private SessionContext context;

    public ConnectionRequest startDraft(long espaceId) {
        EspaceMembership membership = espaces.myMembership(espaceId);
        Instant now = Instant.now();
        ConnectionRequest request = new ConnectionRequest(membership.getEspace(), membership.getAccount(), now);
        requests.add(request);
        history.record(request, RequestEventKind.CREATED, ActorKind.APPLICANT, membership.getAccount().getEmail(),
                null, null, now);
        return request;
    }

    /** The requests of an eSpace the caller is a member of, newest first. */
    public List<ConnectionRequest> ofEspace(long espaceId) {
        espaces.myMembership(espaceId);
        return requests.ofEspace(espaceId);
    }

    /** A request of one of the caller's eSpaces, with what its page shows. */
    public ConnectionRequest get(long requestId) {
        ConnectionRequest request = requests.findWithDetails(requestId).orElseThrow(() -> denied(requestId));
        requireMember(request);
        return request;
    }

    /** The timeline as the applicant sees it: without the CIN's internal steps. */
    public List<RequestEvent> timeline(long requestId) {
        get(requestId);
        return requests.history(requestId).stream().filter(e -> e.getKind().isShownToApplicant()).toList();
    }

    public ConnectionRequest saveSite(long requestId, long version, SiteAddress site) {
        requireValid(site.normalised());
        return change(requestId, version, r -> r.updateSite(site));
    }

    public ConnectionRequest saveAlarmTypes(long requestId, long version, boolean passive, boolean active, boolean fire) {
        return change(requestId, version, r -> r.updateAlarmTypes(passive, active, fire));
    }

    public ConnectionRequest saveCompanies(long requestId, long version, Company installer, Company maintainer) {
        requireValid(installer.normalised());
        requireValid(maintainer.normalised());
        return change(requestId, version, r -> r.updateCompanies(installer, maintainer));
    }

    public ConnectionRequest saveOrderReference(long requestId, long version, String reference) {
        requireOrderReference(reference);
        return change(requestId, version, r -> r.updateOrderReference(reference));
    }

    public ConnectionRequest saveContacts(long requestId, long version, List<Contact> contacts) {
        return change(requestId, version, r -> r.replaceContacts(contacts));
    }

    public ConnectionRequest saveReasons(long requestId, long version, String reasons) {
        if (reasons == null || reasons.isBlank() || reasons.strip().length() > ConnectionRequest.REASONS_MAX) {
            throw new BusinessException("request.reasonsInvalid", "reasons missing or too long",
                    ConnectionRequest.REASONS_MAX);
        }
        return change(requestId, version, r -> r.updateReasons(reasons));
    }

    /**
     * Attaches an uploaded file after inspecting it: supporting documents while the request is a
     * draft, further documents while the CIN waits for information. A refused file leaves nothing.
     */
    public RequestDocument addDocument(long requestId, String fileName, byte[] content) {
        ConnectionRequest request = get(requestId);
        RequestDocument.Purpose purpose = switch (request.getState()) {
            case DRAFT -> RequestDocument.Purpose.SUPPORTING;
            case INFO_REQUESTED -> RequestDocument.Purpose.INFORMATION_ANSWER;
            default -> throw new BusinessException("request.notEditable", "request " + requestId + " is "
                    + request.getState());
        };
        InspectedDocument inspected = inspector.inspect(fileName, content);
        if (request.getDocuments().size() >= ConnectionRequest.MAX_DOCUMENTS) {
            throw new BusinessException("document.refused.tooMany", "too many documents", inspected.fileName(),
                    ConnectionRequest.MAX_DOCUMENTS);
        }
        if (request.documentsBytes() + inspected.size() > ConnectionRequest.MAX_DOCUMENTS_BYTES) {
            throw new BusinessException("document.refused.requestTooLarge", "documents exceed the request's limit",
                    inspected.fileName(), ConnectionRequest.MAX_DOCUMENTS_BYTES / (1024 * 1024));
        }
        Account caller = caller();
        RequestDocument document = new RequestDocument(request, purpose, inspected, content, caller, Instant.now());
        requests.add(document);
        request.attach(document);
        audit.record(caller.getEmail(), AuditAction.DOCUMENT_UPLOADED, "request", requestId,
                inspected.fileName() + " " + inspected.mediaType() + " " + inspected.size() + " B sha256 "
                        + inspected.sha256Hex());
        return document;
    }

    /** Removes a document from a draft (after submission, documents stay with the file). */
    public void removeDocument(long requestId, long documentId) {
        ConnectionRequest request = get(requestId);
        RequestDocument document = request.getDocuments().stream().filter(d -> d.getId() == documentId).findFirst()
                .orElseThrow(() -> new NotFoundException("document", documentId));
        if (request.getState() != RequestState.DRAFT) {
            throw new BusinessException("request.notEditable", "request " + requestId + " is " + request.getState());
        }
        request.detach(document);
        requests.remove(document);
        audit.record(caller().getEmail(), AuditAction.DOCUMENT_REMOVED, "request", requestId, document.getFileName());
    }

    /**
     * Submission, strongly authenticated (LuxTrust, eID or one-time code). The request then waits
     * for POST Luxembourg to confirm the order reference, which the POST link asks for.
     */
    public ConnectionRequest submit(long requestId, long version, boolean obligationsAcknowledged) {
        callerContext.requireStrongAuthentication();
        Instant now = Instant.now();
        String actor = caller().getEmail();
        ConnectionRequest request = change(requestId, version, r -> {
            r.submit(obligationsAcknowledged, now);
            history.record(r, RequestEventKind.SUBMITTED, ActorKind.APPLICANT, actor, RequestState.DRAFT, null, now);
            r.moveTo(RequestState.POST_CHECK, now);
            history.record(r, RequestEventKind.POST_CHECK_REQUESTED, ActorKind.SYSTEM, "ALARMIS Connect",
                    RequestState.SUBMITTED, r.getPostOrderReference(), now);
        });
        notifications.notify(request.getEspace(), NotificationSubject.request(request.getId()), NotificationKind.REQUEST_SUBMITTED, null);
        orderChecks.fire(new OrderCheckNeeded(request.getId(), request.getPostOrderReference()));
        return request;
    }

    /** The applicant answers the CIN's information request; the request returns to review. */
    public ConnectionRequest answerInformation(long requestId, long version, String answer) {
        if (answer == null || answer.isBlank()) {
            throw new BusinessException("request.answerRequired", "empty answer");
        }
        Instant now = Instant.now();
        String actor = caller().getEmail();
        return change(requestId, version, r -> {
            RequestState from = r.getState();
            r.informationProvided(now);
            history.record(r, RequestEventKind.INFORMATION_PROVIDED, ActorKind.APPLICANT, actor, from,
                    limit(answer.strip()), now);
        });
    }

    /** After POST rejected the order reference, the applicant gives the right one. */
    public ConnectionRequest correctOrderReference(long requestId, long version, String reference) {
        requireOrderReference(reference);
        Instant now = Instant.now();
        String actor = caller().getEmail();
        ConnectionRequest request = change(requestId, version, r -> {
            RequestState from = r.getState();
            r.correctOrderReference(reference, now);
            history.record(r, RequestEventKind.ORDER_REFERENCE_CORRECTED, ActorKind.APPLICANT, actor, from,
                    r.getPostOrderReference(), now);
        });
        orderChecks.fire(new OrderCheckNeeded(request.getId(), request.getPostOrderReference()));
        return request;
    }

    /** Withdrawal of a request that is not decided yet; the reason is optional. */
    public ConnectionRequest withdraw(long requestId, long version, String reason) {
        Instant now = Instant.now();
        String actor = caller().getEmail();
        ConnectionRequest request = change(requestId, version, r -> {
            RequestState from = r.getState();
            r.withdraw(now);
            history.record(r, RequestEventKind.WITHDRAWN, ActorKind.APPLICANT, actor, from,
                    reason == null || reason.isBlank() ? null : limit(reason.strip()), now);
        });
        notifications.notify(request.getEspace(), NotificationSubject.request(request.getId()), NotificationKind.REQUEST_WITHDRAWN, null);
        return request;
    }

    /** The form checks the same rules; this keeps a call that bypassed it from storing bad data. */
    private void requireValid(Object value) {
        if (!validator.validate(value).isEmpty()) {
            throw new BusinessException("form.invalid", "invalid " + value.getClass().getSimpleName());
        }
    }

    private static void requireOrderReference(String reference) {
        String normalised = ConnectionRequest.normaliseOrderReference(reference);
        if (normalised == null || !normalised.matches(ConnectionRequest.ORDER_REFERENCE_PATTERN)) {
            throw new BusinessException("request.orderReferenceInvalid", "order reference " + reference);
        }
    }

    /** Loads (checking the caller), then changes as the caller saw it. */
    private ConnectionRequest change(long requestId, long version, Consumer<ConnectionRequest> action) {
        return requests.change(get(requestId), version, action);
    }

    private void requireMember(ConnectionRequest request) {
        boolean member = espaces.myMemberships().stream()
                .anyMatch(m -> m.getEspace().getId().equals(request.getEspace().getId()));
        if (!member) {
            throw denied(request.getId());
        }
    }

    private NotFoundException denied(long requestId) {
        audit.recordRefusal(context.getCallerPrincipal().getName(), AuditAction.ACCESS_DENIED, "request", requestId,
                "not a member of the request's eSpace");
        return new NotFoundException("request", requestId);
    }

    /** What fits in a note of the timeline. */
    static String limit(String text) {
        return Text.cut(text, ConnectionRequest.NOTE_MAX);
    }

    private Account caller() {
        return accounts.getSignedIn(context.getCallerPrincipal());
    }
}
