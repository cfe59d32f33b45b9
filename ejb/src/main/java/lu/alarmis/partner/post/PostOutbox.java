package lu.alarmis.partner.post;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * The outbox of the POST link. A message for POST is recorded {@link PartnerMessageStatus#PENDING}
 * in the caller's transaction, beside the change that caused it; once that transaction has
 * committed, {@link PostOutboxRelay} puts it on {@code PostOutbound}. So a message leaves if and
 * only if its cause committed, with no XA datasource, and a crash in between only delays it.
 */
@ApplicationScoped
public class PostOutbox {

    /** Fired once a message is in the outbox; observed after the transaction's outcome. */
    record Filled() {
    }

    @Inject
    private PartnerMessageRepository messages;

    @Inject
    private Event<Filled> filled;

    @EJB
    private PostOutboxRelay relay;

    public void put(PartnerMessage message) {
        messages.add(message);
        filled.fire(new Filled());
    }

    void relayOnceCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Filled event) {
        relay.relaySoon();
    }
}
