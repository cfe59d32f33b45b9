package lu.alarmis.partner.post;

import static lu.alarmis.common.Queries.first;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** Storage of the partner message log. Joins the caller's transaction; starts none. */
@ApplicationScoped
public class PartnerMessageRepository {

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    public Optional<PartnerMessage> findByMessageId(MessageDirection direction, String messageId) {
        return first(em.createQuery("""
                        select m from PartnerMessage m
                        where m.direction = :direction and m.messageId = :messageId""", PartnerMessage.class)
                .setParameter("direction", direction)
                .setParameter("messageId", messageId));
    }

    /** Which of these message ids are recorded in that direction. */
    public List<String> recordedIds(MessageDirection direction, Collection<String> messageIds) {
        return em.createQuery("""
                        select m.messageId from PartnerMessage m
                        where m.direction = :direction and m.messageId in :messageIds""", String.class)
                .setParameter("direction", direction)
                .setParameter("messageIds", messageIds)
                .getResultList();
    }

    public Optional<PartnerMessage> find(long id) {
        return Optional.ofNullable(em.find(PartnerMessage.class, id));
    }

    public List<PartnerMessage> matching(PartnerTrafficFilter filter, int first, int max) {
        return where(filter, "select m from PartnerMessage m", " order by m.recordedAt desc, m.id desc",
                PartnerMessage.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** Counts by reading at most {@code cap} ids: cheap at any size of the log. */
    public long countMatching(PartnerTrafficFilter filter, int cap) {
        return where(filter, "select m.id from PartnerMessage m", "", Long.class)
                .setMaxResults(cap)
                .getResultList()
                .size();
    }

    private <T> TypedQuery<T> where(PartnerTrafficFilter filter, String select, String orderBy, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        if (filter.getDirection() != null) {
            conditions.add("m.direction = :direction");
        }
        if (filter.getStatus() != null) {
            conditions.add("m.status = :status");
        }
        if (filter.getType() != null) {
            conditions.add("m.messageType = :type");
        }
        if (filter.getMessageId() != null) {
            conditions.add("(m.messageId = :messageId or m.correlationId = :messageId)");
        }
        String jpql = select + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + orderBy;
        TypedQuery<T> query = em.createQuery(jpql, type);
        if (filter.getDirection() != null) {
            query.setParameter("direction", filter.getDirection());
        }
        if (filter.getStatus() != null) {
            query.setParameter("status", filter.getStatus());
        }
        if (filter.getType() != null) {
            query.setParameter("type", filter.getType().name());
        }
        if (filter.getMessageId() != null) {
            query.setParameter("messageId", filter.getMessageId());
        }
        return query;
    }

    public List<PartnerMessage> aboutConnections(Collection<Long> connectionIds, int max) {
        return em.createQuery("select m from PartnerMessage m where m.connectionId in :connections"
                        + " order by m.recordedAt desc, m.id desc", PartnerMessage.class)
                .setParameter("connections", connectionIds)
                .setMaxResults(max)
                .getResultList();
    }

    public List<PartnerMessage> latest(int max) {
        return em.createQuery("select m from PartnerMessage m order by m.recordedAt desc, m.id desc",
                        PartnerMessage.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** The keys that messages parked since that instant wait for. */
    public List<String> parkKeysSince(Instant since) {
        return em.createQuery("""
                        select distinct m.parkKey from PartnerMessage m
                        where m.status = :parked and m.recordedAt >= :since""", String.class)
                .setParameter("parked", PartnerMessageStatus.PARKED)
                .setParameter("since", since)
                .getResultList();
    }

    /** Parked messages waiting for this key, in the order they arrived. */
    public List<PartnerMessage> parked(String parkKey) {
        return em.createQuery("select m from PartnerMessage m where m.parkKey = :key and m.status = :parked"
                        + " order by m.recordedAt, m.id", PartnerMessage.class)
                .setParameter("key", parkKey)
                .setParameter("parked", PartnerMessageStatus.PARKED)
                .getResultList();
    }

    public void add(PartnerMessage message) {
        em.persist(message);
    }

    public void flush() {
        em.flush();
    }
}
