package lu.alarmis.simulator;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * POST Luxembourg, simulated for the run command. It connects to the broker the way POST's system
 * does (remote, with the partner account), reads what we send on PostOutbound and answers after
 * a short delay:
 * <ul>
 * <li>an order check: confirmed, unless the order reference starts with {@code REJ} (rejected
 * as an unknown order);</li>
 * <li>a client number: the line becomes active, then a transmission test is reported passed,
 * unless the order reference starts with {@code FAIL} (the test fails).</li>
 * </ul>
 * Settings (environment): {@code POST_SIM_BROKER}, {@code POST_SIM_USER}, {@code POST_SIM_PASSWORD},
 * {@code POST_SIM_DELAY_SECONDS} (default 3), {@code POST_SIM_APPLICATION_URL} (polled before
 * connecting: the partner account exists once the application is deployed).
 */
public final class PostSimulator {

    private static final Logger LOG = Logger.getLogger(PostSimulator.class.getName());
    private static final String NS = "urn:lu:alarmis:post:1";

    private final Duration delay;
    private final AtomicInteger lines = new AtomicInteger(1000);

    private PostSimulator(Duration delay) {
        this.delay = delay;
    }

    public static void main(String[] args) throws Exception {
        // POST's system connects once the application is there: before, the partner account does
        // not exist yet, and each attempt would only put a security warning in the server's log.
        waitUntilDeployed(URI.create(env("POST_SIM_APPLICATION_URL", "http://localhost:8080/alarmis/")));
        String broker = env("POST_SIM_BROKER",
                "tcp://localhost:8080?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor&enable1xPrefixes=true");
        String user = env("POST_SIM_USER", "alarmis-link@demo-post.lu");
        String password = env("POST_SIM_PASSWORD", "Demo-Post-Link-2026!");
        PostSimulator simulator = new PostSimulator(Duration.ofSeconds(Long.parseLong(env("POST_SIM_DELAY_SECONDS", "3"))));
        while (true) {
            try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker);
                 JMSContext jms = factory.createContext(user, password, JMSContext.SESSION_TRANSACTED)) {
                LOG.info(() -> "POST simulator connected to " + broker + " as " + user);
                simulator.serve(jms);
            } catch (JMSRuntimeException notYet) {
                LOG.info(() -> "POST simulator waits for the broker: " + notYet.getMessage());
                Thread.sleep(5_000);
            }
        }
    }

    /**
     * Waits until the application answers (the plain HTTP port redirects its pages to HTTPS once it
     * is deployed, and answers 404 before). Not the server's readiness report: the server logs a
     * warning for each time it reports "down".
     */
    private static void waitUntilDeployed(URI application) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        LOG.info(() -> "POST simulator waits for the application at " + application);
        while (true) {
            try {
                int status = http.send(HttpRequest.newBuilder(application).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200 || status == 302) {
                    return;
                }
            } catch (IOException notListening) {
                // the server is still starting
            }
            Thread.sleep(1_000);
        }
    }

    private void serve(JMSContext jms) throws Exception {
        try (JMSConsumer outbound = jms.createConsumer(jms.createQueue("PostOutbound"))) {
            while (true) {
                Message message = outbound.receive(60_000);
                if (message instanceof TextMessage text) {
                    answer(jms, text);
                }
                jms.commit(); // each message is answered and consumed together
            }
        }
    }

    private void answer(JMSContext jms, TextMessage message) throws Exception {
        String type = message.getStringProperty("messageType");
        String id = message.getStringProperty("messageId");
        Document body = parse(message.getText());
        LOG.info(() -> "POST simulator received " + type + " " + id);
        switch (type) {
            case "CONNECTION_REQUEST_FILED" -> {
                Thread.sleep(delay.toMillis());
                String order = text(body, "orderReference");
                if (order.startsWith("REJ")) {
                    send(jms, "ORDER_REJECTED", id, "<OrderRejected xmlns=\"" + NS + "\"><orderReference>" + order
                            + "</orderReference><reasonCode>UNKNOWN_ORDER</reasonCode><reason>POST Luxembourg has no"
                            + " order " + order + ". Please check the reference on your order confirmation.</reason>"
                            + "<rejectedAt>" + Instant.now() + "</rejectedAt></OrderRejected>");
                } else {
                    int line = lines.incrementAndGet();
                    send(jms, "ORDER_CONFIRMED", id, "<OrderConfirmed xmlns=\"" + NS + "\"><orderReference>" + order
                            + "</orderReference><lineId>LINE-" + line + "</lineId><transmitterId>TX-" + line
                            + "</transmitterId><confirmedAt>" + Instant.now() + "</confirmedAt></OrderConfirmed>");
                }
            }
            case "CLIENT_NUMBER_ASSIGNED" -> {
                Thread.sleep(delay.toMillis());
                String clientNumber = text(body, "clientNumber");
                String lineId = text(body, "lineId") == null ? "LINE-" + lines.incrementAndGet() : text(body, "lineId");
                send(jms, "LINE_ACTIVE", id, "<LineActive xmlns=\"" + NS + "\"><clientNumber>" + clientNumber
                        + "</clientNumber><lineId>" + lineId + "</lineId><activeSince>" + Instant.now()
                        + "</activeSince></LineActive>");
                boolean passed = !text(body, "orderReference").startsWith("FAIL");
                send(jms, "TRANSMISSION_TEST_REPORTED", id, "<TransmissionTestReported xmlns=\"" + NS + "\"><clientNumber>"
                        + clientNumber + "</clientNumber><testedAt>" + Instant.now() + "</testedAt><result>"
                        + (passed ? "PASSED" : "FAILED") + "</result><details>"
                        + (passed ? "First test after routing: signal received at the CIN."
                                : "No signal received at the CIN within 60 s.") + "</details></TransmissionTestReported>");
            }
            default -> LOG.info(() -> "POST simulator has no answer to " + type);
        }
    }

    private static void send(JMSContext jms, String type, String correlationId, String body) throws JMSException {
        TextMessage reply = jms.createTextMessage(body);
        String id = "post-sim-" + UUID.randomUUID();
        reply.setStringProperty("messageId", id);
        reply.setStringProperty("messageType", type);
        reply.setStringProperty("schemaVersion", "1.0");
        reply.setStringProperty("_AMQ_DUPL_ID", id);
        reply.setJMSCorrelationID(correlationId);
        jms.createProducer().send(jms.createQueue("PostInbound"), reply);
        LOG.info(() -> "POST simulator sent " + type + " " + id);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String text(Document document, String element) {
        var found = document.getElementsByTagNameNS(NS, element);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().strip();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
