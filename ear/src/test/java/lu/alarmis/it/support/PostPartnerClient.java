package lu.alarmis.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

import lu.alarmis.partner.post.PostMessageProperties;

/**
 * What POST's system does on the link, as the tests play it: send to PostInbound, read answers
 * from PostOutbound, with the partner's credentials (ALARMIS_POST_USER/PASSWORD, which the test
 * server gets too). The subclasses say how the connection is made: from inside the server or from
 * the test JVM.
 */
public abstract class PostPartnerClient {

    protected final String user = System.getenv("ALARMIS_POST_USER");
    protected final String password = System.getenv("ALARMIS_POST_PASSWORD");

    /** A new context on the broker, as the partner. */
    protected abstract JMSContext context();

    protected abstract Queue queue(JMSContext jms, String name);

    /** A message of the contract, version 1.0, not answering anything. */
    public record Outgoing(String messageId, String type, String body) {
    }

    /** Sends a message of the contract to PostInbound; any part may be left out ({@code null}). */
    public String send(String messageId, String type, String schemaVersion, String body, String correlationId) {
        try (JMSContext jms = context()) {
            jms.createProducer().send(queue(jms, "PostInbound"),
                    message(jms, messageId, type, schemaVersion, body, correlationId));
            return messageId;
        }
    }

    /** Sends the messages to PostInbound in one broker transaction, as POST's system sends a burst. */
    public void sendTogether(List<Outgoing> messages) {
        try (JMSContext connection = context();
             JMSContext jms = connection.createContext(JMSContext.SESSION_TRANSACTED)) {
            Queue inbound = queue(jms, "PostInbound");
            JMSProducer producer = jms.createProducer();
            for (Outgoing message : messages) {
                producer.send(inbound, message(jms, message.messageId(), message.type(), "1.0", message.body(), null));
            }
            jms.commit();
        }
    }

    private static TextMessage message(JMSContext jms, String messageId, String type, String schemaVersion,
                                       String body, String correlationId) {
        try {
            TextMessage message = jms.createTextMessage(body);
            if (messageId != null) {
                message.setStringProperty(PostMessageProperties.MESSAGE_ID, messageId);
            }
            if (type != null) {
                message.setStringProperty(PostMessageProperties.MESSAGE_TYPE, type);
            }
            if (schemaVersion != null) {
                message.setStringProperty(PostMessageProperties.SCHEMA_VERSION, schemaVersion);
            }
            if (correlationId != null) {
                message.setJMSCorrelationID(correlationId);
            }
            return message;
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next message on PostOutbound that the selector picks (consumed), or {@code null} after the timeout. */
    public TextMessage receive(String selector, Duration timeout) {
        return receiveFirst(selector, message -> true, timeout);
    }

    /**
     * The first message on PostOutbound that the selector picks and the test accepts; the others it
     * picks on the way are consumed, as POST would. {@code null} after the timeout.
     */
    public TextMessage receiveFirst(String selector, Predicate<TextMessage> wanted, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        try (JMSContext jms = context();
             JMSConsumer consumer = jms.createConsumer(queue(jms, "PostOutbound"), selector)) {
            while (Instant.now().isBefore(end)) {
                TextMessage message = (TextMessage) consumer.receive(200);
                if (message != null && wanted.test(message)) {
                    return message;
                }
            }
            return null;
        }
    }

    /** The answer to one of POST's messages (its correlation id is that message's id), or {@code null}. */
    public TextMessage answerTo(String messageId, Duration timeout) {
        return receive(answering(messageId), timeout);
    }

    /** Every answer to one message that arrives within the time given (consumed): exactly one is expected. */
    public List<TextMessage> allAnswersTo(String messageId, Duration during) {
        List<TextMessage> answers = new ArrayList<>();
        Instant end = Instant.now().plus(during);
        try (JMSContext jms = context();
             JMSConsumer consumer = jms.createConsumer(queue(jms, "PostOutbound"), answering(messageId))) {
            while (Instant.now().isBefore(end)) {
                TextMessage answer = (TextMessage) consumer.receive(200);
                if (answer != null) {
                    answers.add(answer);
                }
            }
        }
        return answers;
    }

    private static String answering(String messageId) {
        return "JMSCorrelationID = '" + messageId + "'";
    }
}
