package lu.alarmis.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import lu.alarmis.partner.post.PostMessageProperties;

/**
 * POST Luxembourg's system for black-box tests: a remote Artemis client in the test JVM, over the
 * test server's HTTP port, with the partner credentials the build gives the test server.
 */
public final class RemotePostPartner {

    /** The broker behind WildFly's HTTP port; 1.x prefixes map "PostInbound" to jms.queue.PostInbound. */
    public static final String BROKER = "tcp://localhost:" + TestServer.HTTP_PORT
            + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor&enable1xPrefixes=true";

    private final String user = System.getenv("ALARMIS_POST_USER");
    private final String password = System.getenv("ALARMIS_POST_PASSWORD");

    /** Sends a persistent message of the contract (schema version 1.0) to PostInbound. */
    public void send(String messageId, String type, String body) {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BROKER);
             JMSContext jms = factory.createContext(user, password)) {
            TextMessage message = jms.createTextMessage(body);
            message.setStringProperty(PostMessageProperties.MESSAGE_ID, messageId);
            message.setStringProperty(PostMessageProperties.MESSAGE_TYPE, type);
            message.setStringProperty(PostMessageProperties.SCHEMA_VERSION, "1.0");
            jms.createProducer().send(jms.createQueue("PostInbound"), message);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every answer to the message that reaches PostOutbound within the time given (consumed). */
    public List<TextMessage> answersTo(String messageId, Duration during) {
        List<TextMessage> answers = new ArrayList<>();
        Instant end = Instant.now().plus(during);
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BROKER);
             JMSContext jms = factory.createContext(user, password);
             JMSConsumer consumer = jms.createConsumer(jms.createQueue("PostOutbound"),
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

    /** The first answer to the message, or {@code null} if none came within the timeout (consumed). */
    public TextMessage answerTo(String messageId, Duration timeout) {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BROKER);
             JMSContext jms = factory.createContext(user, password);
             JMSConsumer consumer = jms.createConsumer(jms.createQueue("PostOutbound"),
                     "JMSCorrelationID = '" + messageId + "'")) {
            return (TextMessage) consumer.receive(timeout.toMillis());
        }
    }
}
