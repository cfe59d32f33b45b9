package lu.alarmis.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

import lu.alarmis.partner.post.PostMessageProperties;

/**
 * POST Luxembourg's system, as in-container tests play it: WildFly's remote connection factory
 * (the network connector over the HTTP port, not the in-VM one) with the partner's credentials,
 * which the test server gets from ALARMIS_POST_USER/PASSWORD like production. It sends to
 * PostInbound and reads its answers from PostOutbound, as POST's engineers would.
 */
public final class PostPartner {

    private static final String REMOTE_FACTORY = "java:jboss/exported/jms/RemoteConnectionFactory";

    private final String user = System.getenv("ALARMIS_POST_USER");
    private final String password = System.getenv("ALARMIS_POST_PASSWORD");

    /** Sends a message of the contract and returns its new id ({@code post-…}). */
    public String send(String type, String body) {
        return send("post-" + UUID.randomUUID(), type, "1.0", body, null);
    }

    public String send(String messageId, String type, String schemaVersion, String body, String correlationId) {
        try (JMSContext jms = context()) {
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
            jms.createProducer().send(queue("PostInbound"), message);
            return messageId;
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next message on PostOutbound that the selector picks, or {@code null} after the timeout. */
    public TextMessage receive(String selector, Duration timeout) {
        try (JMSContext jms = context();
             JMSConsumer consumer = jms.createConsumer(queue("PostOutbound"), selector)) {
            return (TextMessage) consumer.receive(timeout.toMillis());
        }
    }

    /**
     * The first message on PostOutbound that the selector picks and the test accepts; the others it
     * picks on the way are consumed, as POST would. {@code null} after the timeout.
     */
    public TextMessage receiveFirst(String selector, Predicate<TextMessage> wanted, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        try (JMSContext jms = context();
             JMSConsumer consumer = jms.createConsumer(queue("PostOutbound"), selector)) {
            while (Instant.now().isBefore(end)) {
                TextMessage message = (TextMessage) consumer.receive(200);
                if (message != null && wanted.test(message)) {
                    return message;
                }
            }
            return null;
        }
    }

    /** The answer to one of POST's messages (its correlation id is that message's id). */
    public TextMessage answerTo(String messageId, Duration timeout) {
        return receive("JMSCorrelationID = '" + messageId + "'", timeout);
    }

    /** Every answer to one message that arrives within the time given: exactly one is expected. */
    public List<TextMessage> allAnswersTo(String messageId, Duration during) {
        List<TextMessage> answers = new ArrayList<>();
        Instant end = Instant.now().plus(during);
        try (JMSContext jms = context();
             JMSConsumer consumer = jms.createConsumer(queue("PostOutbound"),
                     "JMSCorrelationID = '" + messageId + "'")) {
            while (Instant.now().isBefore(end)) {
                TextMessage answer = (TextMessage) consumer.receive(200);
                if (answer != null) {
                    answers.add(answer);
                }
            }
        }
        return answers;
    }

    /** Looked up when used: JUnit also builds the test instance outside the server, where there is none. */
    private JMSContext context() {
        try {
            return ((ConnectionFactory) new InitialContext().lookup(REMOTE_FACTORY)).createContext(user, password);
        } catch (NamingException e) {
            throw new IllegalStateException("no remote connection factory at " + REMOTE_FACTORY, e);
        }
    }

    /** The queue as the server names it (its JMS queue object carries the broker's address). */
    private static Queue queue(String name) {
        try {
            return (Queue) new InitialContext().lookup("java:/jms/queue/" + name);
        } catch (NamingException e) {
            throw new IllegalStateException("no queue " + name, e);
        }
    }
}
