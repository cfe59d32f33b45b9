package lu.alarmis.audit;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import lu.alarmis.security.CallerContext;
import lu.alarmis.security.Roles;

/**
 * Writes and reads the audit trail. A record of what a service did is written in that service's
 * transaction ({@link #record}); a record of something refused (a failed login, a denied access)
 * is written in its own transaction ({@link #recordRefusal}), so that the refusal's rollback
 * does not erase it.
 */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    @Inject
    private CallerContext caller;

    @PermitAll
    public void record(String actor, AuditAction action, String subjectType, Object subjectId, String detail) {
        em.persist(new AuditEvent(Instant.now(), actor, action, subjectType,
                subjectId == null ? null : subjectId.toString(), detail, caller.sourceAddress()));
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String actor, AuditAction action, String subjectType, Object subjectId, String detail) {
        record(actor, action, subjectType, subjectId, detail);
    }

    @RolesAllowed({Roles.CIN_SUPERVISOR, Roles.ADMIN})
    public List<AuditEvent> latest(int max) {
        return em.createQuery("select e from AuditEvent e order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setMaxResults(Math.min(max, 500))
                .getResultList();
    }

    @RolesAllowed({Roles.CIN_SUPERVISOR, Roles.ADMIN})
    public List<AuditEvent> forActor(String actor, int max) {
        return em.createQuery("select e from AuditEvent e where e.actor = :actor order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setParameter("actor", actor)
                .setMaxResults(Math.min(max, 500))
                .getResultList();
    }
}
