package lu.alarmis.partner.post;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Storage of the partner message log. Joins the caller's transaction; starts none. */
@ApplicationScoped
public class PartnerMessageRepository {

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    public Optional<PartnerMessage> findByMessageId(MessageDirection direction, String messageId) {
        return em.createQuery("""
                        select m from PartnerMessage m
                        where m.direction = :direction and m.messageId = :messageId""", PartnerMessage.class)
                .setParameter("direction", direction)
                .setParameter("messageId", messageId)
                .getResultStream()
                .findFirst();
    }

    public List<PartnerMessage> latest(int max) {
        return em.createQuery("select m from PartnerMessage m order by m.recordedAt desc, m.id desc",
                        PartnerMessage.class)
                .setMaxResults(max)
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
}
