package lu.alarmis.partner.post;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import lu.alarmis.common.Text;
import lu.alarmis.partner.post.deadletter.DeliveryFailureLog;
import lu.alarmis.partner.post.deadletter.FailureReason;
import lu.alarmis.security.Roles;

/**
 * Hands the messages that {@link PostInboundReceiver} took from {@code PostInbound} to
 * {@link PostInboundService}, and says whether the broker may forget them. Holds no rule of its own.
 * <p>
 * A batch is applied in one database transaction. If that fails, its messages are applied one by
 * one, each in a transaction of its own, so that one bad message neither holds back the others nor
 * hides which one it was. A message that fails alone has its reason recorded (in a transaction of
 * its own) and makes the answer {@code false}: the receiver rolls the deliveries back, the broker
 * redelivers them with a growing delay and finally moves a message that keeps failing to
 * {@code PostDeadLetter}, where staff see it with that reason. Those of the batch that were applied
 * meanwhile come back as copies, which the service recognises. Nothing is dropped.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RunAs(Roles.POST_INBOUND)
@PermitAll // called by the receiver's threads, which have no caller; the partner was authenticated when it sent
public class PostInboundConsumer {

    private static final Logger LOG = Logger.getLogger(PostInboundConsumer.class.getName());

    /**
     * A message as delivered: its envelope, which attempt this is (1 for the first delivery), and
     * why it could not be read, if it could not ({@code null} otherwise).
     */
    public record Delivery(InboundPostMessage envelope, int attempt, RuntimeException unreadable) {
    }

    @EJB
    private PostInboundService inbound;

    @EJB
    private DeliveryFailureLog failures;

    /**
     * @return {@code true} when every message was applied (or found applied by a copy): the
     *         deliveries may be acknowledged; {@code false} when one failed: they must be rolled back
     */
    public boolean accept(List<Delivery> deliveries) {
        if (deliveries.size() > 1 && deliveries.stream().allMatch(delivery -> delivery.unreadable() == null)) {
            try {
                inbound.acceptAll(deliveries.stream().map(Delivery::envelope).toList());
                return true;
            } catch (RuntimeException batchFailed) {
                LOG.info(() -> "A batch of " + deliveries.size() + " POST messages failed as a whole ("
                        + Text.cut(FailureReason.of(batchFailed), 200) + "); applying them one by one");
            }
        }
        boolean allApplied = true;
        for (Delivery delivery : deliveries) {
            allApplied &= acceptAlone(delivery);
        }
        return allApplied;
    }

    private boolean acceptAlone(Delivery delivery) {
        InboundPostMessage envelope = delivery.envelope();
        if (delivery.unreadable() != null) {
            recordFailure(delivery, delivery.unreadable());
            return false;
        }
        try {
            inbound.accept(envelope);
            return true;
        } catch (RuntimeException failure) {
            if (appliedByACopy(envelope, failure)) {
                LOG.info(() -> "POST message " + envelope.messageId() + " was applied by a copy delivered at the"
                        + " same time; this copy is dropped");
                return true;
            }
            recordFailure(delivery, failure);
            return false;
        }
    }

    /**
     * Two copies processed at the same time (POST resent it meanwhile) both find no record, and the
     * second fails on the message id that the first recorded: a duplicate, not a failure.
     */
    private boolean appliedByACopy(InboundPostMessage envelope, RuntimeException failure) {
        try {
            return inbound.recordedMeanwhile(envelope);
        } catch (RuntimeException unknown) { // the database is down, say: a failure like any other
            failure.addSuppressed(unknown);
            return false;
        }
    }

    private void recordFailure(Delivery delivery, RuntimeException failure) {
        InboundPostMessage envelope = delivery.envelope();
        try {
            failures.record(envelope.transportId(), envelope.messageId(), envelope.messageType(), delivery.attempt(),
                    failure);
        } catch (RuntimeException unrecorded) {
            failure.addSuppressed(unrecorded);
            LOG.log(Level.WARNING, "Processing of POST message " + envelope.transportId()
                    + " failed, and so did recording why", failure);
        }
    }
}
