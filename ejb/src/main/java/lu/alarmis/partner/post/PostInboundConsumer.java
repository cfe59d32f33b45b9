package lu.alarmis.partner.post;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import lu.alarmis.security.Roles;

/**
 * Consumes {@code PostInbound} and hands each message to {@link PostInboundService}. Holds no
 * rule of its own. When processing fails it throws: the transaction rolls back, the broker
 * redelivers with a delay and finally moves the message to {@code PostDeadLetter}. Nothing is dropped.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/PostInbound"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
@RunAs(Roles.POST_INBOUND)
@PermitAll // the broker delivers without a caller; the partner was authenticated when it sent
public class PostInboundConsumer implements MessageListener {

    @EJB
    private PostInboundService inbound;

    @Override
    public void onMessage(Message message) {
        try {
            inbound.accept(new InboundPostMessage(
                    message.getStringProperty(PostMessageProperties.MESSAGE_ID),
                    message.getStringProperty(PostMessageProperties.MESSAGE_TYPE),
                    message.getStringProperty(PostMessageProperties.SCHEMA_VERSION),
                    message.getJMSCorrelationID(),
                    message instanceof TextMessage text ? text.getText() : null,
                    message.getJMSMessageID()));
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read POST message", e);
        }
    }
}
