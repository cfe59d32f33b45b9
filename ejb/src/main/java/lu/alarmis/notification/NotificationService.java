package lu.alarmis.notification;

import static java.util.stream.Collectors.toSet;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import lu.alarmis.account.Account;
import lu.alarmis.account.AccountRepository;
import lu.alarmis.account.BusinessEspace;
import lu.alarmis.account.EspaceMembership;
import lu.alarmis.account.EspaceRepository;
import lu.alarmis.account.EspaceService;
import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.mail.MailTemplate;
import lu.alarmis.mail.Mails;
import lu.alarmis.security.Roles;

/**
 * The inboxes of eSpaces, for their members, and of each person; and the one way other areas write
 * into them. Each notice also goes by e-mail to the addresses confirmed: a short mail that names
 * the eSpace and links to the inbox, never what the notice says.
 */
@Stateless
@RolesAllowed(Roles.APPLICANT)
public class NotificationService {

    private static final int INBOX_MAX = 200;
    /** Where a notice is read: the mails link there. */
    static final String INBOX = "/espace/notifications.xhtml";

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    @EJB
    private EspaceService espaces;

    @Inject
    private AccountRepository accounts;

    @Inject
    private EspaceRepository espaceRepository;

    @Inject
    private Mails mails;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext context;

    /** Written in the transaction of the decision it tells of: no decision without its notice. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notify(BusinessEspace espace, NotificationSubject subject, NotificationKind kind, String detail) {
        em.persist(Notification.toEspace(espace, subject, kind, detail, Instant.now()));
        // and a short mail to each member whose address is confirmed: the eSpace's name and a link, nothing more
        for (EspaceMembership member : espaceRepository.members(espace.getId())) {
            Account account = member.getAccount();
            if (account.isEmailVerified() && account.isEnabled()) {
                mails.send(account.getEmail(), account.getLanguage().orElse(null), MailTemplate.ESPACE_NOTICE,
                        Mails.link(INBOX), espace.getOrganisationName());
            }
        }
    }

    /** To one person, about their own account; in the transaction of what it tells of. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notifyPerson(Account account, NotificationKind kind, String detail) {
        em.persist(Notification.toPerson(account, kind, detail, Instant.now()));
        if (account.isEmailVerified()) {
            mails.send(account.getEmail(), account.getLanguage().orElse(null), MailTemplate.ACCOUNT_NOTICE, Mails.link(INBOX));
        }
    }

    /**
     * The newest notifications of the caller: their own, and those of the eSpace they act for
     * (one they are a member of), if any.
     */
    public List<Notification> inbox(Long espaceId) {
        return inboxQuery("select n", espaceId, " order by n.createdAt desc, n.id desc", Notification.class)
                .setMaxResults(INBOX_MAX)
                .getResultList();
    }

    public long unreadCount(Long espaceId) {
        return inboxQuery("select count(n)", espaceId, " and n.readAt is null", Long.class).getSingleResult();
    }

    public void markRead(long notificationId) {
        Notification notification = em.find(Notification.class, notificationId);
        Account caller = caller();
        Set<Long> myEspaces = espaces.myMemberships().stream().map(m -> m.getEspace().getId()).collect(toSet());
        if (notification == null || !notification.isFor(caller.getId(), myEspaces)) {
            audit.recordRefusal(caller.getEmail(), AuditAction.ACCESS_DENIED, "notification", notificationId,
                    "neither the caller's nor an eSpace's they are a member of");
            throw new NotFoundException("notification", notificationId);
        }
        notification.markRead(caller.getEmail(), Instant.now());
    }

    public void markAllRead(Long espaceId) {
        String caller = caller().getEmail();
        Instant now = Instant.now();
        inboxQuery("select n", espaceId, " and n.readAt is null", Notification.class)
                .getResultList()
                .forEach(n -> n.markRead(caller, now));
    }

    private <T> TypedQuery<T> inboxQuery(String select, Long espaceId, String tail, Class<T> type) {
        if (espaceId != null) {
            espaces.myMembership(espaceId);
        }
        String addressee = espaceId == null ? "n.account.id = :me" : "(n.account.id = :me or n.espace.id = :espace)";
        TypedQuery<T> query = em.createQuery(select + " from Notification n where " + addressee + tail, type)
                .setParameter("me", caller().getId());
        return espaceId == null ? query : query.setParameter("espace", espaceId);
    }

    private Account caller() {
        return accounts.getSignedIn(context.getCallerPrincipal());
    }
}
