package lu.alarmis.certification;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import lu.alarmis.client.Client;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.common.Text;
import lu.alarmis.notification.NotificationKind;
import lu.alarmis.notification.NotificationService;
import lu.alarmis.notification.NotificationSubject;
import lu.alarmis.security.Roles;

/**
 * The section's side of certification: the queue, the request beside the register entry it names,
 * the operator's preparation and a supervisor's decision (never the same person). Approval issues
 * a token and a letter to the client's registered postal address, which waits in the print
 * queue; a new token can be issued (the previous one stops working).
 */
@Stateless
@RolesAllowed({Roles.CIN_OPERATOR, Roles.CIN_SUPERVISOR})
public class CertificationReviewService {

    private static final int QUEUE_MAX = 500;

    @Inject
    private CertificationRepository certifications;

    @Inject
    private CertificationHistory history;

    @Inject
    private TokenSeal seal;

    @EJB
    private NotificationService notifications;

    @Resource
    private SessionContext context;

    /** How many requests wait for the section, and how many letters wait to be printed (the staff home). */
    public record Waiting(long inReview, long letters) {
    }

    public Waiting waiting() {
        return new Waiting(certifications.countInStates(List.of(CertificationState.SUBMITTED, CertificationState.PREPARED)),
                certifications.countWaitingLetters());
    }

    /** What waits for the section (filed, prepared) and what waits for its token (approved), oldest first. */
    public List<CertificationRequest> queue() {
        return certifications.inStates(List.of(CertificationState.SUBMITTED, CertificationState.PREPARED,
                CertificationState.APPROVED), QUEUE_MAX);
    }

    public CertificationRequest get(long requestId) {
        return certifications.find(requestId).orElseThrow(() -> new NotFoundException("certification request", requestId));
    }

    /** The whole history, the section's own lines included. */
    public List<CertificationEvent> history(long requestId) {
        get(requestId);
        return certifications.history(requestId);
    }

    public List<CertificationToken> tokens(long requestId) {
        get(requestId);
        return certifications.tokens(requestId);
    }

    public List<Letter> letters(long requestId) {
        get(requestId);
        return certifications.letters(requestId);
    }

    /** The certification requests that named a client (its page in the register). */
    public List<CertificationRequest> ofClient(long clientId) {
        return certifications.ofClient(clientId);
    }

    /** The newest token of each certification request that named the client, by request id (its page in the register). */
    public java.util.Map<Long, CertificationToken> latestTokensOfClient(long clientId) {
        java.util.Map<Long, CertificationToken> latest = new java.util.HashMap<>();
        certifications.tokensOfClient(clientId).forEach(t -> latest.put(t.getRequest().getId(), t));
        return latest;
    }

    /** The operator's proposal, with a note (required for a refusal: it becomes the reason the supervisor reads). */
    public CertificationRequest prepare(long requestId, long version, CertificationRequest.Proposal proposal, String note) {
        if (proposal == null) {
            throw new BusinessException("certification.proposalRequired", "no proposal");
        }
        if (proposal == CertificationRequest.Proposal.REFUSAL && Text.blank(note)) {
            throw new BusinessException("certification.reasonRequired", "a refusal needs a reason");
        }
        String me = caller();
        Instant now = Instant.now();
        String text = Text.blank(note) ? null : Text.cut(note.strip(), CertificationRequest.TEXT_MAX);
        CertificationRequest request = get(requestId);
        certifications.change(request, request.getVersion(), version, requestId, r -> r.prepare(proposal, text, me, now));
        history.record(request, CertificationEventKind.PREPARED, me, proposal + (text == null ? "" : ": " + text), now);
        return request;
    }

    /** Approval: a token and a letter to the register's postal address, in the client's language. */
    @RolesAllowed(Roles.CIN_SUPERVISOR)
    public CertificationRequest approve(long requestId, long version) {
        String me = caller();
        Instant now = Instant.now();
        CertificationRequest request = get(requestId);
        if (request.getClient() != null && !request.getClient().isAddressConfirmed()) {
            throw new BusinessException("certification.addressNotConfirmed", "client " + request.getClient().getId()
                    + " has no confirmed postal address");
        }
        certifications.change(request, request.getVersion(), version, requestId, r -> r.decide(true, null, me, now));
        history.record(request, CertificationEventKind.APPROVED, me, null, now);
        issue(request, me, now);
        notifications.notify(request.getEspace(), NotificationSubject.certification(request.getId(), request.getReference()),
                NotificationKind.CERTIFICATION_APPROVED, request.getClientNumber());
        return request;
    }

    @RolesAllowed(Roles.CIN_SUPERVISOR)
    public CertificationRequest refuse(long requestId, long version, String reason) {
        if (Text.blank(reason)) {
            throw new BusinessException("certification.reasonRequired", "a refusal needs a reason");
        }
        String me = caller();
        Instant now = Instant.now();
        String text = Text.cut(reason.strip(), CertificationRequest.TEXT_MAX);
        CertificationRequest request = get(requestId);
        certifications.change(request, request.getVersion(), version, requestId, r -> r.decide(false, text, me, now));
        history.record(request, CertificationEventKind.REFUSED, me, text, now);
        notifications.notify(request.getEspace(), NotificationSubject.certification(request.getId(), request.getReference()),
                NotificationKind.CERTIFICATION_REFUSED, text);
        return request;
    }

    /**
     * A new token and letter for an approved request (the letter was lost, the token locked or
     * expired): the previous token stops working and its letter, unless posted, is cancelled.
     */
    public CertificationRequest reissue(long requestId, long version) {
        String me = caller();
        Instant now = Instant.now();
        CertificationRequest request = get(requestId);
        if (request.getState() != CertificationState.APPROVED) {
            throw new BusinessException("certification.notNow", "certification request " + requestId + " is " + request.getState());
        }
        certifications.change(request, request.getVersion(), version, requestId, r -> { });
        for (Letter letter : certifications.letters(requestId)) {
            if (letter.getState() == LetterState.WAITING || letter.getState() == LetterState.PRINTED) {
                letter.cancel(me, now);
                history.record(request, CertificationEventKind.LETTER_CANCELLED, me, "letter " + letter.getId(), now);
            }
        }
        for (CertificationToken token : certifications.tokens(requestId)) {
            if (token.getState().isLive()) {
                token.revoke(me, now);
                history.record(request, CertificationEventKind.TOKEN_REVOKED, me, "token " + token.getId(), now);
            }
        }
        issue(request, me, now);
        notifications.notify(request.getEspace(), NotificationSubject.certification(request.getId(), request.getReference()),
                NotificationKind.CERTIFICATION_TOKEN_REISSUED, request.getClientNumber());
        return request;
    }

    /** A token, only its hash kept, and its letter in the print queue. */
    private void issue(CertificationRequest request, String by, Instant now) {
        Client client = request.getClient();
        String plain = CertificationToken.draw();
        CertificationToken token = new CertificationToken(request, plain, seal.seal(plain), by, now);
        certifications.add(token);
        Letter letter = new Letter(request, token, client.getName(), client.getPostalAddress(),
                client.getCorrespondenceLanguage(), now);
        certifications.add(letter);
        history.record(request, CertificationEventKind.TOKEN_ISSUED, by, client.getPostalAddress().oneLine(), now);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
