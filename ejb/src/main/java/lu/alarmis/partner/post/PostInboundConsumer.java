package lu.alarmis.partner.post;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import lu.alarmis.partner.post.deadletter.DeliveryFailureLog;
import lu.alarmis.security.Roles;

/**
 * Consumes {@code PostInbound} and hands each message to {@link PostInboundService}. Holds no
 * rule of its own. When processing fails it records why, in a transaction of its own, and throws
 * again, so that the resource adapter rolls the delivery back: the broker redelivers with a
 * growing delay and finally moves the message to {@code PostDeadLetter}, where staff see it with
 * that reason. Nothing is dropped.
 * <p>
 * The delivery is not part of the database transaction (no XA, which cost each message more than
 * its processing: docs/benchmarks.md). The message is acknowledged once
 * {@link PostInboundService#accept} has committed; a crash in between delivers it again, and the
 * service, idempotent by message id, recognises the copy. So does this consumer when a copy
 * delivered at the same time fails on the message id that the other has just recorded.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/PostInbound"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RunAs(Roles.POST_INBOUND)
@PermitAll // the broker delivers without a caller; the partner was authenticated when it sent
public class PostInboundConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(PostInboundConsumer.class.getName());

    @EJB
    private PostInboundService inbound;

    @EJB
    private DeliveryFailureLog failures;

    @Override
    public void onMessage(Message message) {
        InboundPostMessage envelope = read(message);
        try {
            inbound.accept(envelope);
        } catch (RuntimeException failure) {
            if (appliedByACopy(envelope, failure)) {
                LOG.info(() -> "POST message " + envelope.messageId() + " was applied by a copy delivered at the"
                        + " same time; this copy is dropped");
                return;
            }
            recordFailure(message, envelope, failure);
            throw failure;
        }
    }

    private boolean appliedByACopy(InboundPostMessage envelope, RuntimeException failure) {
        try {
            return inbound.recordedMeanwhile(envelope);
        } catch (RuntimeException unknown) { // the database is down, say: a failure like any other
            failure.addSuppressed(unknown);
            return false;
        }
    }

    private void recordFailure(Message message, InboundPostMessage envelope, RuntimeException failure) {
        try {
            failures.record(envelope.transportId(), envelope.messageId(), envelope.messageType(),
                    message.getIntProperty("JMSXDeliveryCount"), failure);
        } catch (JMSException | RuntimeException unrecorded) {
            failure.addSuppressed(unrecorded);
            LOG.log(Level.WARNING, "Processing of POST message " + envelope.transportId()
                    + " failed, and so did recording why", failure);
        }
    }

    private static InboundPostMessage read(Message message) {
        try {
            return new InboundPostMessage(
                    message.getStringProperty(PostMessageProperties.MESSAGE_ID),
                    message.getStringProperty(PostMessageProperties.MESSAGE_TYPE),
                    message.getStringProperty(PostMessageProperties.SCHEMA_VERSION),
                    message.getJMSCorrelationID(),
                    message instanceof TextMessage text ? text.getText() : null,
                    message.getJMSMessageID());
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read POST message", e);
        }
    }
}
