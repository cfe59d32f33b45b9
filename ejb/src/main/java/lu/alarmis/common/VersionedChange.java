package lu.alarmis.common;

import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

/** A change a person makes to a record as they saw it, refused if someone changed the record since. */
public final class VersionedChange {

    private VersionedChange() {
    }

    /**
     * Applies the action to the record, refused with {@code changedMeanwhile} if its version is no
     * longer the one the person saw, also when a colleague commits a change at the same instant.
     *
     * @param version     the record's version now
     * @param seenVersion the version the person's page showed
     */
    public static <T> T apply(EntityManager em, T record, long version, long seenVersion, Consumer<T> action,
                              Supplier<? extends BusinessException> changedMeanwhile) {
        if (version != seenVersion) {
            throw changedMeanwhile.get();
        }
        try {
            // Row lock first (with the version check): a colleague acting on the same record at the
            // same instant waits here, then finds a newer version, instead of both writing and one
            // of them deadlocking on the rows that point to the record.
            em.lock(record, LockModeType.PESSIMISTIC_WRITE);
            action.accept(record);
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw changedMeanwhile.get();
        }
        return record;
    }
}
