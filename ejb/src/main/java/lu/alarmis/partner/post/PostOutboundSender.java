package lu.alarmis.partner.post;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

/**
 * Records a message for POST Luxembourg and puts it on {@code PostOutbound}, both in the
 * caller's JTA transaction: the message leaves if and only if the transaction commits.
 */
@ApplicationScoped
public class PostOutboundSender {

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/queue/PostOutbound")
    private Queue postOutbound;

    @Inject
    private PartnerMessageRepository messages;

    public void send(PartnerMessage message) {
        messages.add(message);
        TextMessage jmsMessage = jms.createTextMessage(message.getBody());
        try {
            jmsMessage.setStringProperty(PostMessageProperties.MESSAGE_ID, message.getMessageId());
            jmsMessage.setStringProperty(PostMessageProperties.MESSAGE_TYPE, message.getMessageType());
            jmsMessage.setStringProperty(PostMessageProperties.SCHEMA_VERSION, message.getSchemaVersion());
            jmsMessage.setStringProperty(PostMessageProperties.DUPLICATE_ID, message.getMessageId());
            if (message.getCorrelationId() != null) {
                jmsMessage.setJMSCorrelationID(message.getCorrelationId());
            }
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException("Cannot build the message for POST", e);
        }
        jms.createProducer().send(postOutbound, jmsMessage);
    }
}
