package lu.alarmis.common;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.TypedQuery;

/** Helpers for JPA queries. */
public final class Queries {

    private Queries() {
    }

    /**
     * The first result, read with a limit of one row. (Hibernate reads a result stream through a
     * scrollable cursor, which costs noticeably more per call on the hot paths.)
     */
    public static <T> Optional<T> first(TypedQuery<T> query) {
        List<T> results = query.setMaxResults(1).getResultList();
        return results.isEmpty() ? Optional.empty() : Optional.of(results.get(0));
    }
}
