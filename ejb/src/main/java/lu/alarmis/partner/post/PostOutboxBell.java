package lu.alarmis.partner.post;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the outbox holds committed messages that no relay has gone to fetch yet. The outbox rings
 * it after each commit and starts a relay only when it was silent; the relay answers it before each
 * round. So under load a commit costs a flag, not a call to the relay, and the relay's batches fill up.
 */
@ApplicationScoped
class PostOutboxBell {

    private final AtomicBoolean rung = new AtomicBoolean();

    /** @return {@code true} if it was silent: nobody is due to fetch the outbox, the caller starts a relay */
    boolean ring() {
        return !rung.getAndSet(true);
    }

    /** @return whether it rang since it was last answered; it is silent afterwards */
    boolean answer() {
        return rung.getAndSet(false);
    }

    boolean isRung() {
        return rung.get();
    }
}
