package lu.alarmis.account;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Counts the withdrawals of access committed on this server, so that a page filter may trust a
 * recent check of a session's account as long as the count has not moved, and check it again at
 * once when it has. Counted after the commit: a check that reads the count before the change
 * reads the account before it too, and is repeated on the next request.
 */
@ApplicationScoped
public class AccessChanges {

    private final AtomicLong withdrawals = new AtomicLong();

    /** Changes with every withdrawal of access committed on this server. */
    public long generation() {
        return withdrawals.get();
    }

    void withdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccessWithdrawn event) {
        withdrawals.incrementAndGet();
    }
}
