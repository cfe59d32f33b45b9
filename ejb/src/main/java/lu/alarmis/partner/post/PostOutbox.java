package lu.alarmis.partner.post;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import lu.alarmis.common.Text;

/**
 * The outbox of the POST link. A message for POST is recorded {@link PartnerMessageStatus#PENDING}
 * in the caller's transaction, beside the change that caused it; once that transaction has
 * committed, {@link PostOutboxRelay} puts it on {@code PostOutbound}. So a message leaves if and
 * only if its cause committed, with no XA datasource, and a crash in between only delays it.
 * <p>
 * The relay starts {@link #GATHERING} after the commit that rang for it, so that it takes along
 * what the transactions committing meanwhile put in the outbox: under load, a relay of a few
 * answers costs as much as a full one (two database transactions and a broker transaction).
 */
@ApplicationScoped
public class PostOutbox {

    private static final Logger LOG = Logger.getLogger(PostOutbox.class.getName());

    /** How long after the commit that rang for it a relay starts. */
    static final Duration GATHERING = Duration.ofMillis(50);

    /** Fired once a message is in the outbox; observed after the transaction's outcome. */
    record Filled() {
    }

    @Inject
    private PartnerMessageRepository messages;

    @Inject
    private Event<Filled> filled;

    @Inject
    private PostOutboxBell bell;

    @EJB
    private PostOutboxRelay relay;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    /**
     * Puts a message of ours in the outbox, under a new message id.
     *
     * @param correlationId the id of POST's message it answers, or {@code null}
     * @param subject       the request or connection it concerns
     * @return the message as recorded
     */
    public PartnerMessage send(PostMessageType type, String body, String correlationId, Concerning subject) {
        PartnerMessage message = new PartnerMessage(MessageDirection.OUTBOUND, "alarmis-" + UUID.randomUUID(),
                type.name(), PostSchema.VERSION, correlationId, body, Instant.now()).concerning(subject);
        messages.add(message);
        filled.fire(new Filled());
        return message;
    }

    /** Answers one of POST's messages with {@code MessageRejected}: its id, the code and a readable reason. */
    public PartnerMessage reject(String messageId, PostErrorCode code, String reason) {
        String body = PostMessageWriter.start(PostMessageType.MESSAGE_REJECTED)
                .element("rejectedMessageId", messageId)
                .element("errorCode", code)
                .element("reason", Text.cut(reason, PartnerMessage.NOTE_MAX))
                .finish();
        return send(PostMessageType.MESSAGE_REJECTED, body, messageId, Concerning.NOTHING);
    }

    void relayOnceCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Filled event) {
        if (bell.ring()) {
            try {
                scheduler.schedule(relay::relay, GATHERING.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) { // the server is suspended or stopping
                bell.answer(); // the next commit tries again; the sweep, or the restart, sends these
                LOG.log(Level.INFO, "No relay could be scheduled; the sweep sends what is pending", stopping);
            }
        }
    }
}
