import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * POST's side of the link for the benchmarks in bench/post-link: a remote JMS client over the
 * broker URL, with the partner's credentials, that survives the server being killed (it
 * reconnects and carries on). Run as a single-file source:
 *
 * <pre>
 *   java -cp CLASSPATH PostLinkClient.java send    KEY=VALUE...
 *   java -cp CLASSPATH PostLinkClient.java receive KEY=VALUE...
 * </pre>
 *
 * Common keys: url, user, password, queue, log (the output file).
 * <p>
 * {@code send}: kind=tests (TRANSMISSION_TEST_REPORTED, one per line of clients=FILE, in that
 * order, count=N, ids PREFIX-000001…) or kind=raw (a small text message with the same properties,
 * for the broker-only baseline); poison=K sends K messages whose messageId is 101+ characters
 * (the application dead-letters them), spread over the run; batch=B messages per broker
 * transaction. At-least-once: a batch whose commit did not answer (the server died) is sent again,
 * whole, with the same message ids, once the server is back. Writes "start MILLIS" (once connected), one line per
 * committed batch, and "resent N" lines.
 * <p>
 * {@code receive}: consumes the queue in broker transactions of up to batch=B messages, writing
 * every received message (correlation id, messageId, messageType, outcome, redelivered) to the
 * log and flushing it before the commit: a message received again after a crash appears twice,
 * with the same messageId. Ends once expect=N distinct keys (key=correlation|messageId) arrived
 * and nothing came for settle=S seconds, or once nothing came for idle=I seconds, or after timeout=T
 * seconds; exit status 0 only when the expected keys all arrived.
 */
public class PostLinkClient {

    private static final String NS = "urn:lu:alarmis:post:1";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            options.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        switch (args[0]) {
            case "send" -> send(options);
            case "receive" -> receive(options);
            default -> throw new IllegalArgumentException("send or receive");
        }
    }

    private record Outgoing(String messageId, String messageType, String body) {
    }

    private static List<Outgoing> messages(Map<String, String> o) throws IOException {
        int count = Integer.parseInt(o.get("count"));
        String prefix = o.getOrDefault("prefix", "bench");
        int poison = Integer.parseInt(o.getOrDefault("poison", "0"));
        List<String> clients = o.get("clients") == null ? List.of() : Files.readAllLines(Path.of(o.get("clients")));
        List<Outgoing> out = new ArrayList<>(count + poison);
        for (int i = 0; i < count; i++) {
            String id = String.format("%s-%06d", prefix, i + 1);
            if ("raw".equals(o.get("kind"))) {
                out.add(new Outgoing(id, "RAW", "<Raw xmlns=\"" + NS + "\"><n>" + i + "</n><pad>"
                        + "x".repeat(200) + "</pad></Raw>"));
            } else {
                String client = clients.get(i % clients.size()).strip();
                out.add(new Outgoing(id, "TRANSMISSION_TEST_REPORTED",
                        "<TransmissionTestReported xmlns=\"" + NS + "\"><clientNumber>" + client
                                + "</clientNumber><testedAt>2026-11-28T12:00:00Z</testedAt><result>PASSED</result>"
                                + "<details>benchmark message " + id + "</details></TransmissionTestReported>"));
            }
            // Poisoned messages spread over the run: a message id the application cannot record.
            for (int p = 1; p <= poison; p++) {
                if (i + 1 == (long) count * p / (poison + 1)) {
                    out.add(new Outgoing(String.format("poison-%s-%d-", prefix, p) + "x".repeat(101),
                            "TRANSMISSION_TEST_REPORTED", out.get(out.size() - 1).body()));
                }
            }
        }
        return out;
    }

    private static void send(Map<String, String> o) throws Exception {
        List<Outgoing> all = messages(o);
        int batch = Integer.parseInt(o.getOrDefault("batch", "10"));
        double rate = Double.parseDouble(o.getOrDefault("rate", "0")); // messages per second; 0: as fast as it can
        try (ActiveMQConnectionFactory factory = factory(o);
             BufferedWriter log = writer(o.get("log"))) {
            boolean started = false;
            long paceStart = System.currentTimeMillis();
            int pacedFrom = 0;
            int next = 0;
            long resent = 0;
            JMSContext jms = null;
            while (next < all.size()) {
                int end = Math.min(next + batch, all.size());
                try {
                    if (jms == null) {
                        jms = factory.createContext(o.get("user"), o.get("password"), JMSContext.SESSION_TRANSACTED);
                        paceStart = System.currentTimeMillis(); // no burst to catch up after an outage
                        pacedFrom = next;
                        if (!started) { // the rates count from here: connecting (and signing in) is not sending
                            line(log, "start " + paceStart);
                            started = true;
                        }
                    }
                    if (rate > 0) {
                        long due = paceStart + (long) ((next - pacedFrom) * 1000 / rate);
                        Thread.sleep(Math.max(0, due - System.currentTimeMillis()));
                    }
                    Queue queue = jms.createQueue(o.get("queue"));
                    JMSProducer producer = jms.createProducer();
                    for (Outgoing m : all.subList(next, end)) {
                        TextMessage message = jms.createTextMessage(m.body());
                        message.setStringProperty("messageId", m.messageId());
                        message.setStringProperty("messageType", m.messageType());
                        message.setStringProperty("schemaVersion", "1.0");
                        producer.send(queue, message); // persistent: the JMS default
                    }
                    jms.commit();
                    next = end;
                    line(log, "sent " + next + " " + System.currentTimeMillis());
                } catch (RuntimeException | jakarta.jms.JMSException e) {
                    // The commit may or may not have happened: send the whole batch again (same ids).
                    resent += end - next;
                    line(log, "resent " + (end - next) + " from " + next + " after " + e.getClass().getSimpleName()
                            + ": " + firstLine(e.getMessage()));
                    close(jms);
                    jms = null;
                    Thread.sleep(1000);
                }
            }
            close(jms);
            line(log, "done " + System.currentTimeMillis() + " messages " + all.size() + " resent " + resent);
        }
    }

    private static void receive(Map<String, String> o) throws Exception {
        int batch = Integer.parseInt(o.getOrDefault("batch", "10"));
        int expect = Integer.parseInt(o.get("expect"));
        long settleMillis = 1000L * Integer.parseInt(o.getOrDefault("settle", "10"));
        long deadline = System.currentTimeMillis() + 1000L * Integer.parseInt(o.getOrDefault("timeout", "900"));
        long idleMillis = 1000L * Integer.parseInt(o.getOrDefault("idle", "600"));
        boolean byCorrelation = !"messageId".equals(o.get("key"));
        Set<String> keys = new HashSet<>();
        long received = 0;
        long lastMessage = System.currentTimeMillis();
        try (ActiveMQConnectionFactory factory = factory(o);
             BufferedWriter log = writer(o.get("log"))) {
            JMSContext jms = null;
            JMSConsumer consumer = null;
            List<String> pending = new ArrayList<>();
            while (System.currentTimeMillis() < deadline) {
                if (keys.size() >= expect && System.currentTimeMillis() - lastMessage >= settleMillis
                        || System.currentTimeMillis() - lastMessage >= idleMillis) {
                    break;
                }
                try {
                    if (jms == null) {
                        jms = factory.createContext(o.get("user"), o.get("password"), JMSContext.SESSION_TRANSACTED);
                        consumer = jms.createConsumer(jms.createQueue(o.get("queue")));
                    }
                    Message m = consumer.receive(pending.isEmpty() ? 1000 : 100);
                    if (m != null) {
                        long now = System.currentTimeMillis();
                        String body = m instanceof TextMessage t ? t.getText() : "";
                        String key = byCorrelation ? m.getJMSCorrelationID() : m.getStringProperty("messageId");
                        pending.add(now + "\t" + key + "\t" + m.getStringProperty("messageId") + "\t"
                                + m.getStringProperty("messageType") + "\t" + element(body, "outcome")
                                + element(body, "errorCode") + "\t" + m.getJMSRedelivered());
                        keys.add(key);
                        lastMessage = now;
                    }
                    if (!pending.isEmpty() && (m == null || pending.size() >= batch)) {
                        // Recorded before the commit: a crash in between makes it come again, and be seen twice.
                        for (String p : pending) {
                            log.write(p);
                            log.newLine();
                        }
                        log.flush();
                        received += pending.size();
                        pending.clear();
                        jms.commit();
                    }
                } catch (RuntimeException | jakarta.jms.JMSException e) {
                    for (String p : pending) { // received but not committed: they come again
                        log.write(p + "\tuncommitted");
                        log.newLine();
                    }
                    log.flush();
                    pending.clear();
                    System.err.println("receiver: " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage())
                            + "; reconnecting");
                    close(jms);
                    jms = null;
                    Thread.sleep(1000);
                }
            }
            close(jms);
        }
        System.err.println("receiver: " + received + " messages, " + keys.size() + " distinct keys (expected " + expect + ")");
        System.exit(keys.size() >= expect ? 0 : 2);
    }

    private static ActiveMQConnectionFactory factory(Map<String, String> o) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(o.get("url"));
        factory.setCallTimeout(15_000); // a killed server: fail the call, reconnect, resend
        return factory;
    }

    private static String element(String xml, String name) {
        int start = xml.indexOf("<" + name + ">");
        int end = xml.indexOf("</" + name + ">");
        return start < 0 || end < 0 ? "" : xml.substring(start + name.length() + 2, end);
    }

    private static BufferedWriter writer(String path) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(new FileOutputStream(path, true), StandardCharsets.UTF_8));
    }

    private static void line(BufferedWriter log, String text) throws IOException {
        log.write(text);
        log.newLine();
        log.flush();
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private static void close(JMSContext jms) {
        if (jms != null) {
            try {
                jms.close();
            } catch (RuntimeException ignored) {
                // the server is gone; nothing to close
            }
        }
    }
}
