package lu.alarmis.partner.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

import lu.alarmis.partner.post.PostInboundConsumer.Delivery;

/**
 * Takes POST's messages from {@code PostInbound} and acknowledges them a batch at a time: two
 * readers, each with a transacted session on the broker's in-VM connection factory, take what has
 * arrived, waiting up to {@link #GATHERING} for more (up to {@link #BATCH_SIZE} messages), have
 * {@link PostInboundConsumer} apply it in one database transaction, and then commit the session,
 * which acknowledges the whole batch in one broker transaction. When a message fails, the session
 * is rolled back instead: the broker redelivers with a growing delay and finally dead-letters, as
 * it would for an MDB.
 * <p>
 * Few readers and full batches, because each batch costs a database commit and a broker commit
 * whatever its size: four readers that took only what had already reached them shared each of
 * POST's commits and applied batches of five; two that wait a moment for more apply batches of
 * thirty to forty (docs/benchmarks.md, "Fewer, fuller batches").
 * <p>
 * Why not an MDB: the resource adapter acknowledges every message in a broker transaction of its
 * own. On the benchmark machine, an MDB that did nothing at all drained about 600 messages per
 * second where the broker moved 1,000 in and out in transactions of ten, so the MDB alone was
 * most of the throughput target's budget (docs/benchmarks.md).
 * <p>
 * A crash between the database commit and the session's commit delivers the batch again; the
 * service, idempotent by message id, recognises each message. After a failure, every reader takes
 * one message at a time for {@link #ONE_BY_ONE_AFTER_FAILURE}, longer than the broker's longest
 * redelivery delay: a message that keeps failing then fails alone, and its batch mates, applied
 * meanwhile, are not rolled back with it again and again, up to the dead-letter queue.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DenyAll // it has no business method: nobody calls it, its readers run on their own
public class PostInboundReceiver {

    private static final Logger LOG = Logger.getLogger(PostInboundReceiver.class.getName());
    static final int READERS = 2;
    static final int BATCH_SIZE = 100;
    /** How long a reader waits for more once a batch has its first message. */
    static final Duration GATHERING = Duration.ofMillis(30);
    static final Duration ONE_BY_ONE_AFTER_FAILURE = Duration.ofSeconds(60);
    private static final long RECEIVE_WAIT_MS = 1000;
    private static final Duration PAUSE_AFTER_BROKER_TROUBLE = Duration.ofSeconds(1);

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory inVm;

    @Resource(lookup = "java:/jms/queue/PostInbound")
    private Queue postInbound;

    @Resource
    private ManagedThreadFactory threads;

    @EJB
    private PostInboundConsumer consumer;

    private final List<Reader> readers = new ArrayList<>();
    /** Until when (epoch ms) readers take one message at a time, after a failure. */
    private final AtomicLong oneByOneUntil = new AtomicLong();

    @PostConstruct
    void start() {
        for (int i = 1; i <= READERS; i++) {
            Reader reader = new Reader();
            reader.thread = threads.newThread(reader);
            reader.thread.setName("PostInbound reader " + i);
            readers.add(reader);
            reader.thread.start();
        }
    }

    @PreDestroy
    void stop() {
        readers.forEach(reader -> reader.running = false);
        for (Reader reader : readers) {
            try {
                reader.thread.join(RECEIVE_WAIT_MS * 10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private final class Reader implements Runnable {

        private volatile boolean running = true;
        private Thread thread;

        @Override
        public void run() {
            while (running) {
                try (JMSContext jms = inVm.createContext(JMSContext.SESSION_TRANSACTED)) {
                    JMSConsumer messages = jms.createConsumer(postInbound);
                    while (running) {
                        List<Delivery> batch = take(messages);
                        if (!batch.isEmpty()) {
                            settle(jms, batch);
                        }
                    }
                } catch (RuntimeException trouble) { // closing the session rolls back what it had not committed
                    if (running) {
                        LOG.log(Level.WARNING, "Reading PostInbound failed; trying again shortly", trouble);
                        pause();
                    }
                }
            }
        }

        /**
         * What has arrived: waits a moment for the first message, then for more, {@link #GATHERING}
         * at most. A message delivered again (its batch was rolled back, or the server stopped) is
         * taken alone, or ends the batch: it may be the one that failed, and its batch mates should
         * not spend their delivery attempts with it again. This holds after a restart too, when
         * {@link #oneByOneUntil} is forgotten.
         */
        private List<Delivery> take(JMSConsumer messages) {
            Message first = messages.receive(RECEIVE_WAIT_MS);
            if (first == null) {
                return List.of();
            }
            List<Delivery> batch = new ArrayList<>();
            batch.add(delivery(first));
            int size = redelivered(batch.get(0)) || System.currentTimeMillis() < oneByOneUntil.get() ? 1 : BATCH_SIZE;
            long gatheredBy = System.nanoTime() + GATHERING.toNanos();
            Message next;
            while (batch.size() < size && (next = next(messages, gatheredBy)) != null) {
                Delivery delivery = delivery(next);
                batch.add(delivery);
                if (redelivered(delivery)) {
                    break;
                }
            }
            return batch;
        }

        /** The next message, if one is there or arrives by {@code gatheredBy} (a {@code nanoTime}). */
        private Message next(JMSConsumer messages, long gatheredBy) {
            long left = TimeUnit.NANOSECONDS.toMillis(gatheredBy - System.nanoTime());
            return left > 0 ? messages.receive(left) : messages.receiveNoWait();
        }

        private void settle(JMSContext jms, List<Delivery> batch) {
            boolean applied;
            try {
                applied = consumer.accept(batch);
            } catch (RuntimeException failure) { // the consumer records what fails; this is the container failing
                LOG.log(Level.WARNING, "A batch of " + batch.size() + " POST messages could not be handed over;"
                        + " the broker delivers it again", failure);
                applied = false;
            }
            if (applied) {
                jms.commit();
            } else {
                oneByOneUntil.set(System.currentTimeMillis() + ONE_BY_ONE_AFTER_FAILURE.toMillis());
                jms.rollback();
            }
        }

        private void pause() {
            try {
                Thread.sleep(PAUSE_AFTER_BROKER_TROUBLE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    /** Delivered before: what {@code JMSRedelivered} says, a delivery count above 1. */
    private static boolean redelivered(Delivery delivery) {
        return delivery.attempt() > 1;
    }

    /** The message as the consumer needs it; one that cannot be read carries why, and fails there. */
    private static Delivery delivery(Message message) {
        String transportId = null;
        int attempt = 1;
        try {
            transportId = message.getJMSMessageID();
            attempt = message.getIntProperty("JMSXDeliveryCount");
            return new Delivery(new InboundPostMessage(
                    message.getStringProperty(PostMessageProperties.MESSAGE_ID),
                    message.getStringProperty(PostMessageProperties.MESSAGE_TYPE),
                    message.getStringProperty(PostMessageProperties.SCHEMA_VERSION),
                    message.getJMSCorrelationID(),
                    message instanceof TextMessage text ? text.getText() : null,
                    transportId),
                    attempt, null);
        } catch (JMSException | RuntimeException unreadable) {
            return new Delivery(new InboundPostMessage(null, null, null, null, null, transportId), attempt,
                    new IllegalStateException("The JMS message cannot be read", unreadable));
        }
    }
}
