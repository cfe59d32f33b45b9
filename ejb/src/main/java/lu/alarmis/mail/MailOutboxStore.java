package lu.alarmis.mail;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import lu.alarmis.security.Roles;

/** The outbox as the relay reads and marks it: each mark in a transaction of its own, right after the attempt. */
@Stateless
@RolesAllowed(Roles.MAIL_OUTBOX)
public class MailOutboxStore {

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The mails due for an attempt, oldest first. */
    public List<OutgoingMail> due(int max) {
        return em.createQuery("select m from OutgoingMail m where m.sentAt is null and m.nextAttemptAt <= :now"
                        + " order by m.id", OutgoingMail.class)
                .setParameter("now", clock.instant()).setMaxResults(max).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markSent(long mailId) {
        em.find(OutgoingMail.class, mailId).sent(clock.instant());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(long mailId, String error) {
        em.find(OutgoingMail.class, mailId).failed(error, clock.instant());
    }
}
