package lu.alarmis.partner.post;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import lu.alarmis.security.Roles;

/**
 * Moves committed messages from the outbox onto {@code PostOutbound}, oldest first, in batches:
 * shortly after the transaction that recorded them ({@link PostOutbox#GATHERING}), and every ten
 * seconds for whatever a crash or a broker outage left behind. A batch is put on the queue
 * ({@link PostOutboundPublisher}), then marked sent in the database. A crash between the two sends
 * the batch again; the broker drops the copies by their duplicate id (the message id), so POST
 * receives each message once.
 * <p>
 * One relay runs at a time; a commit that rings the {@link PostOutboxBell} while it runs makes it
 * go round once more. Under load, most commits find the bell already rung and add nothing, so that
 * the relay's batches fill up instead of one task being queued per commit.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RunAs(Roles.POST_OUTBOX)
@PermitAll // takes no input: it only sends what committed transactions put in the outbox
public class PostOutboxRelay {

    private static final Logger LOG = Logger.getLogger(PostOutboxRelay.class.getName());
    static final int BATCH_SIZE = 100;

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    private PostOutboxBell bell;

    @EJB
    private PostOutboxStore store;

    @EJB
    private PostOutboundPublisher publisher;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void sweep() {
        relay();
    }

    /**
     * Rings the bell (a relay is due) and answers it, unless a relay running meanwhile does: called
     * after a commit that put messages in the outbox (and found the bell silent), and by the sweep.
     */
    public void relay() {
        bell.ring();
        while (bell.isRung() && running.compareAndSet(false, true)) {
            try {
                while (bell.answer()) {
                    drain();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The POST outbox could not be relayed; the next commit or sweep tries again", e);
            } finally {
                running.set(false);
            }
        }
    }

    private void drain() {
        List<PartnerMessage> batch;
        do {
            batch = store.pending(BATCH_SIZE);
            if (!batch.isEmpty()) {
                publisher.publish(batch);
                store.markSent(batch.stream().map(PartnerMessage::getId).toList(), Instant.now());
            }
        } while (batch.size() == BATCH_SIZE);
    }
}
