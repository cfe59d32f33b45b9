package lu.alarmis.certification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import lu.alarmis.account.Account;
import lu.alarmis.account.AccountRepository;
import lu.alarmis.account.EspaceMembership;
import lu.alarmis.account.EspaceService;
import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.client.ClientEspaces;
import lu.alarmis.client.ClientNumber;
import lu.alarmis.client.ClientRepository;
import lu.alarmis.client.Client;
import lu.alarmis.client.Connection;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.common.Text;
import lu.alarmis.notification.NotificationKind;
import lu.alarmis.notification.NotificationService;
import lu.alarmis.notification.NotificationSubject;
import lu.alarmis.security.CallerContext;
import lu.alarmis.security.Roles;

/**
 * A business eSpace's side of its certification: asking for it (the client number and the
 * trade-register number), following the request, and entering the token the letter brought. Every
 * step needs a strong session; any request id that is not this eSpace's is not found, the same
 * way, and the attempt is audited.
 */
@Stateless
@RolesAllowed(Roles.APPLICANT)
public class CertificationService {

    @Inject
    private CertificationRepository certifications;

    @Inject
    private CertificationHistory history;

    @Inject
    private ClientRepository register;

    @Inject
    private ClientEspaces clientEspaces;

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

    @Resource
    private SessionContext context;

    /** Files the request; it names the register's entry for that number, if there is one, for staff to check. */
    public CertificationRequest file(long espaceId, String clientNumber, String tradeRegisterNumber, String message) {
        callerContext.requireStrongAuthentication();
        EspaceMembership membership = espaces.myMembership(espaceId);
        String number = clientNumber == null ? "" : clientNumber.strip().toUpperCase(Locale.ROOT);
        if (!ClientNumber.isValid(number)) {
            throw new BusinessException("certification.clientNumberInvalid", "client number " + clientNumber);
        }
        if (certifications.hasOpen(espaceId, number)) {
            throw new BusinessException("certification.alreadyOpen", "eSpace " + espaceId + " has an open request for " + number);
        }
        Optional<Connection> connection = register.byClientNumber(number);
        if (connection.map(c -> c.getClient().isLinkedTo(espaceId)).orElse(false)) {
            throw new BusinessException("certification.alreadyLinked", "eSpace " + espaceId + " already acts for " + number);
        }
        Account me = membership.getAccount();
        Instant now = Instant.now();
        CertificationRequest request = new CertificationRequest(membership.getEspace(), me, number,
                Client.normaliseTradeRegisterNumber(tradeRegisterNumber),
                Text.blank(message) ? null : Text.cut(message.strip(), CertificationRequest.TEXT_MAX),
                connection.orElse(null), now);
        certifications.add(request);
        history.record(request, CertificationEventKind.FILED, me.getEmail(), request.getMessage(), now);
        notifications.notify(membership.getEspace(), NotificationSubject.certification(request.getId(), request.getReference()),
                NotificationKind.CERTIFICATION_FILED, number);
        return request;
    }

    /** The eSpace's certification requests, newest first. */
    public List<CertificationRequest> ofMyEspace(long espaceId) {
        espaces.myMembership(espaceId);
        return certifications.ofEspace(espaceId);
    }

    public CertificationRequest get(long espaceId, long requestId) {
        espaces.myMembership(espaceId);
        return certifications.find(requestId)
                .filter(r -> r.getEspace().getId() == espaceId)
                .orElseThrow(() -> {
                    audit.recordRefusal(caller(), AuditAction.ACCESS_DENIED, "certification", requestId,
                            "not a certification request of eSpace " + espaceId);
                    return new NotFoundException("certification request", requestId);
                });
    }

    /** The history as the eSpace reads it: without the section's own lines. */
    public List<CertificationEvent> history(long espaceId, long requestId) {
        get(espaceId, requestId);
        return certifications.history(requestId).stream().filter(e -> e.getKind().isShownToApplicant()).toList();
    }

    /** The token now awaited, as the eSpace may know it: its state, its expiry and the attempts left. */
    public Optional<CertificationToken> awaitedToken(long espaceId, long requestId) {
        CertificationRequest request = get(espaceId, requestId);
        return request.getState() == CertificationState.APPROVED ? certifications.currentToken(requestId) : Optional.empty();
    }

    /**
     * The token the letter brought. Right: the eSpace acts for the client from now on (all its
     * connections). Wrong: counted, the fifth locks the token; expired, revoked or used: said so.
     */
    public Redemption redeem(long espaceId, long requestId, String typed) {
        callerContext.requireStrongAuthentication();
        CertificationRequest request = get(espaceId, requestId);
        String me = caller();
        Instant now = Instant.now();
        if (request.getState() == CertificationState.CERTIFIED) {
            return Redemption.of(Redemption.Outcome.USED);
        }
        if (request.getState() != CertificationState.APPROVED) {
            return Redemption.of(Redemption.Outcome.NOT_AWAITED);
        }
        List<CertificationToken> tokens = certifications.tokens(requestId);
        CertificationToken current = tokens.get(tokens.size() - 1);
        if (tokens.stream().anyMatch(t -> t != current && t.matches(typed))) {
            return Redemption.of(Redemption.Outcome.REVOKED);
        }
        switch (current.getState()) {
            case LOCKED -> {
                return Redemption.of(Redemption.Outcome.LOCKED);
            }
            case REVOKED -> {
                return Redemption.of(Redemption.Outcome.REVOKED);
            }
            case REDEEMED -> {
                return Redemption.of(Redemption.Outcome.USED);
            }
            case ISSUED -> {
                // never printed: no letter can have brought it; a guess counts as one
                return wrong(request, current, me, now);
            }
            default -> {
                // PRINTED or POSTED
            }
        }
        if (current.isExpiredAt(now)) {
            history.record(request, CertificationEventKind.TOKEN_EXPIRED, me, null, now);
            return Redemption.of(Redemption.Outcome.EXPIRED);
        }
        if (!current.matches(typed)) {
            return wrong(request, current, me, now);
        }
        current.redeemed(me, now);
        certifications.change(request, request.getVersion(), request.getVersion(), requestId, r -> r.certify(now));
        clientEspaces.link(request.getClient(), request.getEspace(), me, now);
        history.record(request, CertificationEventKind.CERTIFIED, me, request.getClient().getName(), now);
        notifications.notify(request.getEspace(), NotificationSubject.certification(request.getId(), request.getReference()),
                NotificationKind.CERTIFICATION_CERTIFIED, request.getClient().getName());
        return Redemption.of(Redemption.Outcome.CERTIFIED);
    }

    private Redemption wrong(CertificationRequest request, CertificationToken token, String me, Instant now) {
        boolean locked = token.wrongEntry(me, now);
        audit.record(me, AuditAction.CERTIFICATION_TOKEN_WRONG, "certification", request.getReference(),
                "wrong entry " + token.getWrongEntries() + " of " + CertificationToken.MAX_WRONG_ENTRIES
                        + (callerContext.sourceAddress() == null ? "" : " from " + callerContext.sourceAddress()));
        history.record(request, CertificationEventKind.TOKEN_WRONG_ENTRY, me,
                token.getWrongEntries() + " / " + CertificationToken.MAX_WRONG_ENTRIES, now);
        if (locked) {
            history.record(request, CertificationEventKind.TOKEN_LOCKED, me, null, now);
            return Redemption.of(Redemption.Outcome.LOCKED);
        }
        return new Redemption(Redemption.Outcome.WRONG, CertificationToken.MAX_WRONG_ENTRIES - token.getWrongEntries());
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
