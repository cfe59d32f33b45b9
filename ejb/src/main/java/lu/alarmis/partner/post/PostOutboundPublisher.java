package lu.alarmis.partner.post;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

import lu.alarmis.common.Text;
import lu.alarmis.security.Roles;

/**
 * Puts a batch of outbox messages on {@code PostOutbound}, each with the contract's properties and
 * the broker's duplicate id, so that sending a batch again is harmless.
 * <p>
 * A batch goes in one local broker transaction (one journal write for the batch, not one per
 * message), on an in-VM connection of its own that no JTA transaction enlists, so nothing of it
 * reaches the transaction log. The broker refuses such a transaction as a whole when it holds a copy
 * of a message it already has (a crash came between sending a batch and marking it sent); the
 * batch is then sent again message by message outside any transaction, where the broker drops the
 * copy alone. Calls are serialised (a singleton's write lock): the connection is used by one
 * thread at a time.
 */
@Singleton
@RolesAllowed(Roles.POST_OUTBOX)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PostOutboundPublisher {

    private static final Logger LOG = Logger.getLogger(PostOutboundPublisher.class.getName());

    /** The broker's in-VM connection factory, not the JTA-enlisted pooled one. */
    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory inVm;

    /** Outside a transaction, the pooled connection factory's sends are one by one. */
    @Inject
    private JMSContext oneByOne;

    @Resource(lookup = "java:/jms/queue/PostOutbound")
    private Queue postOutbound;

    private JMSContext transacted;

    public void publish(List<PartnerMessage> batch) {
        try {
            JMSContext jms = transacted();
            sendAll(jms, batch);
            jms.commit();
        } catch (JMSRuntimeException refused) {
            close(); // a broker outage fails again below; the next batch opens a new connection
            LOG.info(() -> "A batch of " + batch.size() + " messages for POST was refused as a whole ("
                    + Text.cut(refused.getMessage(), 200) + "); sending it message by message");
            sendAll(oneByOne, batch);
        }
    }

    private void sendAll(JMSContext jms, List<PartnerMessage> batch) {
        JMSProducer producer = jms.createProducer();
        for (PartnerMessage message : batch) {
            producer.send(postOutbound, toJms(jms, message));
        }
    }

    private JMSContext transacted() {
        if (transacted == null) {
            transacted = inVm.createContext(JMSContext.SESSION_TRANSACTED);
        }
        return transacted;
    }

    @PreDestroy
    void close() {
        if (transacted != null) {
            try {
                transacted.close();
            } catch (JMSRuntimeException alreadyBroken) {
                LOG.fine(() -> "Closing the outbox's broker connection: " + alreadyBroken);
            }
            transacted = null;
        }
    }

    private static TextMessage toJms(JMSContext jms, PartnerMessage message) {
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
