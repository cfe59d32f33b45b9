package lu.alarmis.notification;

import java.time.Instant;
import java.util.List;

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

import lu.alarmis.account.AccountRepository;
import lu.alarmis.account.BusinessEspace;
import lu.alarmis.account.EspaceService;
import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.security.Roles;

/** The inbox of an eSpace, for its members; and the one way other areas write into it. */
@Stateless
@RolesAllowed(Roles.APPLICANT)
public class NotificationService {

    private static final int INBOX_MAX = 200;

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    @EJB
    private EspaceService espaces;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext context;

    /** Written in the transaction of the decision it tells of: no decision without its notice. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notify(BusinessEspace espace, Long requestId, NotificationKind kind, String detail) {
        em.persist(new Notification(espace, requestId, kind, detail, Instant.now()));
    }

    /** The newest notifications of an eSpace the caller is a member of. */
    public List<Notification> inbox(long espaceId) {
        espaces.myMembership(espaceId);
        return em.createQuery("select n from Notification n where n.espace.id = :espace"
                        + " order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("espace", espaceId)
                .setMaxResults(INBOX_MAX)
                .getResultList();
    }

    public long unreadCount(long espaceId) {
        espaces.myMembership(espaceId);
        return em.createQuery("select count(n) from Notification n where n.espace.id = :espace and n.readAt is null",
                        Long.class)
                .setParameter("espace", espaceId)
                .getSingleResult();
    }

    public void markRead(long notificationId) {
        Notification notification = em.find(Notification.class, notificationId);
        String caller = context.getCallerPrincipal().getName();
        boolean member = notification != null && espaces.myMemberships().stream()
                .anyMatch(m -> m.getEspace().getId().equals(notification.getEspace().getId()));
        if (!member) {
            audit.recordRefusal(caller, AuditAction.ACCESS_DENIED, "notification", notificationId, "not a member");
            throw new NotFoundException("notification", notificationId);
        }
        notification.markRead(caller, Instant.now());
    }

    public void markAllRead(long espaceId) {
        espaces.myMembership(espaceId);
        String caller = accounts.getSignedIn(context.getCallerPrincipal()).getEmail();
        Instant now = Instant.now();
        em.createQuery("select n from Notification n where n.espace.id = :espace and n.readAt is null",
                        Notification.class)
                .setParameter("espace", espaceId)
                .getResultList()
                .forEach(n -> n.markRead(caller, now));
    }
}
