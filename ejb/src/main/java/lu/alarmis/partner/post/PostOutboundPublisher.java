package lu.alarmis.partner.post;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

import lu.alarmis.security.Roles;

/**
 * Puts a batch of outbox messages on {@code PostOutbound}, each with the contract's properties and
 * the broker's duplicate id, so that sending a batch again is harmless. Message by message, outside
 * any transaction: the broker then drops a copy of a message it already has (a crash came between
 * sending it and marking it sent). In a transaction it would refuse the whole batch for that copy,
 * at every attempt, and leave a heuristic outcome in the transaction log each time.
 */
@Stateless
@RolesAllowed(Roles.POST_OUTBOX)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PostOutboundPublisher {

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/queue/PostOutbound")
    private Queue postOutbound;

    public void publish(List<PartnerMessage> batch) {
        JMSProducer producer = jms.createProducer();
        for (PartnerMessage message : batch) {
            producer.send(postOutbound, toJms(message));
        }
    }

    private TextMessage toJms(PartnerMessage message) {
        TextMessage jmsMessage = jms.createTextMessage(message.getBody());
        try {
            jmsMessage.setStringProperty(PostMessageProperties.MESSAGE_ID, message.getMessageId());
            jmsMessage.setStringProperty(PostMessageProperties.MESSAGE_TYPE, message.getMessageType());
            jmsMessage.setStringProperty(PostMessageProperties.SCHEMA_VERSION, message.getSchemaVersion());
            jmsMessage.setStringProperty(PostMessageProperties.DUPLICATE_ID, message.getMessageId());
            if (message.getCorrelationId() != null) {
                jmsMessage.setJMSCorrelationID(message.getCorrelationId());
            }
            return jmsMessage;
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot build the message for POST", e);
        }
    }
}
