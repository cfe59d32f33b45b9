package lu.alarmis.it.support;

import java.util.UUID;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * POST Luxembourg's system, as in-container tests play it: WildFly's remote connection factory
 * (the network connector over the HTTP port, not the in-VM one) with the partner's credentials.
 */
public final class PostPartner extends PostPartnerClient {

    private static final String REMOTE_FACTORY = "java:jboss/exported/jms/RemoteConnectionFactory";

    /** Sends a message of the contract and returns its new id ({@code post-…}). */
    public String send(String type, String body) {
        return send("post-" + UUID.randomUUID(), type, "1.0", body, null);
    }

    /** Looked up when used: JUnit also builds the test instance outside the server, where there is none. */
    @Override
    protected JMSContext context() {
        return ((ConnectionFactory) lookup(REMOTE_FACTORY)).createContext(user, password);
    }

    /** The queue as the server names it (its JMS queue object carries the broker's address). */
    @Override
    protected Queue queue(JMSContext jms, String name) {
        return (Queue) lookup("java:/jms/queue/" + name);
    }

    private static Object lookup(String name) {
        try {
            return new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("nothing bound at " + name, e);
        }
    }
}
