package lu.alarmis.partner.post;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether a relay is due: rung after each commit that put messages in the outbox, and by the
 * relay's sweep; answered by the relay before each round. The outbox starts a relay only when the
 * bell was silent, so under load a commit costs a flag, not a call to the relay, and the relay's
 * batches fill up. (A round that fails leaves its messages pending with the bell silent: the next
 * commit or the sweep rings it again.)
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
