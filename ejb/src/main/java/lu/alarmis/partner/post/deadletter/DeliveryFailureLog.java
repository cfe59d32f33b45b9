package lu.alarmis.partner.post.deadletter;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import lu.alarmis.security.Roles;

/**
 * Records why processing a message failed, in a transaction of its own: the processing
 * transaction has rolled back (or never committed), the delivery is rolled back so that the
 * broker redelivers, and the reason must outlive both.
 */
@Stateless
@RolesAllowed(Roles.POST_INBOUND)
public class DeliveryFailureLog {

    private static final Logger LOG = Logger.getLogger(DeliveryFailureLog.class.getName());

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String transportId, String messageId, String messageType, int attempt, Throwable failure) {
        String reason = FailureReason.of(failure);
        LOG.warning(() -> "Processing of message " + messageId + " (" + transportId + "), attempt " + attempt
                + ", failed: " + reason);
        em.persist(new DeliveryFailure(transportId == null ? "(none)" : transportId, messageId, messageType,
                attempt, Instant.now(), reason));
    }
}
