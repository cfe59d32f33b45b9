package lu.alarmis.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import lu.alarmis.common.Luxembourg;
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

    /** Counts stop here: beyond it, the page says "more than". */
    public static final int COUNT_CAP = 10_000;
    private static final int PAGE_MAX = 100;

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

    /** One page of the records that match, newest first. */
    @RolesAllowed({Roles.CIN_SUPERVISOR, Roles.ADMIN})
    public List<AuditEvent> page(AuditFilter filter, int first, int size) {
        Conditions where = new Conditions(filter, false);
        TypedQuery<AuditEvent> page = em.createQuery("select e from AuditEvent e" + where.clause()
                + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        where.bind(page);
        return page.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), PAGE_MAX))
                .getResultList();
    }

    /** How many records match, counted up to {@link #COUNT_CAP} + 1 (in SQL, to stop early). */
    @RolesAllowed({Roles.CIN_SUPERVISOR, Roles.ADMIN})
    public long count(AuditFilter filter) {
        Conditions where = new Conditions(filter, true);
        Query count = em.createNativeQuery("select count(*) from (select e.id from audit_event e" + where.clause()
                + " fetch first " + (COUNT_CAP + 1) + " rows only) matching");
        where.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    @RolesAllowed({Roles.CIN_SUPERVISOR, Roles.ADMIN})
    public List<AuditEvent> forActor(String actor, int max) {
        return em.createQuery("select e from AuditEvent e where e.actor = :actor order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setParameter("actor", actor)
                .setMaxResults(Math.min(max, 500))
                .getResultList();
    }

    /** The filter's conditions, in JPQL for the page and in SQL for the count. */
    private static final class Conditions {

        private final StringBuilder clause = new StringBuilder();
        private final Map<String, Object> parameters = new HashMap<>();

        Conditions(AuditFilter filter, boolean sql) {
            if (filter.getActor() != null) {
                add("e.actor = :actor", "actor", filter.getActor().toLowerCase(Locale.ROOT).contains("@")
                        ? filter.getActor().toLowerCase(Locale.ROOT) : filter.getActor());
            }
            if (filter.getAction() != null) {
                add("e.action = :action", "action", sql ? filter.getAction().name() : filter.getAction());
            }
            if (filter.getSubjectType() != null) {
                add(sql ? "e.subject_type = :subjectType" : "e.subjectType = :subjectType", "subjectType",
                        filter.getSubjectType().toLowerCase(Locale.ROOT));
            }
            if (filter.getSubjectId() != null) {
                add(sql ? "e.subject_id = :subjectId" : "e.subjectId = :subjectId", "subjectId", filter.getSubjectId());
            }
            if (filter.getFrom() != null) {
                add(sql ? "e.occurred_at >= :from" : "e.occurredAt >= :from", "from",
                        filter.getFrom().atStartOfDay(Luxembourg.ZONE).toInstant());
            }
            if (filter.getTo() != null) {
                add(sql ? "e.occurred_at < :to" : "e.occurredAt < :to", "to",
                        filter.getTo().plusDays(1).atStartOfDay(Luxembourg.ZONE).toInstant());
            }
        }

        private void add(String condition, String parameter, Object value) {
            clause.append(clause.isEmpty() ? " where " : " and ").append(condition);
            parameters.put(parameter, value);
        }

        String clause() {
            return clause.toString();
        }

        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }
}
