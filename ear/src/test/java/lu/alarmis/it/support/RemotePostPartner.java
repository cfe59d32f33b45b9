package lu.alarmis.it.support;

import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * POST Luxembourg's system for black-box tests: a remote Artemis client in the test JVM, over the
 * test server's HTTP port, with the partner credentials the build gives the test server.
 */
public final class RemotePostPartner extends PostPartnerClient {

    /** The broker behind WildFly's HTTP port; 1.x prefixes map "PostInbound" to jms.queue.PostInbound. */
    public static final String BROKER = "tcp://localhost:" + TestServer.HTTP_PORT
            + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor&enable1xPrefixes=true";

    /** One factory for the test JVM: its contexts are opened and closed per call. */
    private static final ActiveMQConnectionFactory FACTORY = new ActiveMQConnectionFactory(BROKER);

    /** Sends a persistent message of the contract (schema version 1.0) to PostInbound. */
    public void send(String messageId, String type, String body) {
        send(messageId, type, "1.0", body, null);
    }

    @Override
    protected JMSContext context() {
        return FACTORY.createContext(user, password);
    }

    @Override
    protected Queue queue(JMSContext jms, String name) {
        return jms.createQueue(name);
    }
}
