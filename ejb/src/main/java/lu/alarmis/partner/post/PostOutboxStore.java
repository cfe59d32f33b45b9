package lu.alarmis.partner.post;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import lu.alarmis.security.Roles;

/** The outbox's side in the database, each step in a transaction of its own. */
@Stateless
@RolesAllowed(Roles.POST_OUTBOX)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PostOutboxStore {

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    /** The oldest committed messages not yet on PostOutbound. */
    public List<PartnerMessage> pending(int max) {
        return em.createQuery("select m from PartnerMessage m where m.status = :pending order by m.id",
                        PartnerMessage.class)
                .setParameter("pending", PartnerMessageStatus.PENDING)
                .setMaxResults(max)
                .getResultList();
    }

    public void markSent(List<Long> ids, Instant at) {
        em.createQuery("update PartnerMessage m set m.status = :sent, m.sentAt = :at"
                        + " where m.id in :ids and m.status = :pending")
                .setParameter("sent", PartnerMessageStatus.SENT)
                .setParameter("at", at)
                .setParameter("ids", ids)
                .setParameter("pending", PartnerMessageStatus.PENDING)
                .executeUpdate();
    }
}
