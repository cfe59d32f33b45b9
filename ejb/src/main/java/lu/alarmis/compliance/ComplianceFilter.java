package lu.alarmis.compliance;

import java.io.Serializable;

import jakarta.persistence.TypedQuery;

import lu.alarmis.common.SearchKey;
import lu.alarmis.common.Text;

/**
 * What the dashboard shows: the standing of the list (the counts show all five), and optionally
 * the connections whose site's locality starts with a text (without regard to case or accents, as
 * the work queue and the register match it) and those whose client number or client name starts
 * with a text.
 */
public record ComplianceFilter(ComplianceState state, String locality, String client) implements Serializable {

    public ComplianceFilter {
        locality = Text.blank(locality) ? null : SearchKey.of(locality);
        client = Text.blank(client) ? null : client.strip();
    }

    public static ComplianceFilter all(ComplianceState state) {
        return new ComplianceFilter(state, null, null);
    }

    public ComplianceFilter withState(ComplianceState other) {
        return new ComplianceFilter(other, locality, client);
    }

    /** The joins the counts need for the filters (the list fetches them anyway). */
    String join() {
        return locality == null && client == null ? "" : " join cc.connection c join c.client cl";
    }

    String where() {
        String where = "";
        if (locality != null) {
            where += " and c.siteLocalityKey >= :locality and c.siteLocalityKey < :localityTo"
                    + " and c.siteLocalityKey like :localityPrefix escape '!'";
        }
        if (client != null) {
            where += " and (c.clientNumber like :clientPrefix escape '!' or lower(cl.name) like :namePrefix escape '!')";
        }
        return where;
    }

    /** Those that owe soonest first, where a due date is what the list is about. */
    String order() {
        return switch (state) {
            case DUE_SOON, OVERDUE, REMEDIATION -> "cc.nextDueOn, cc.connectionId";
            default -> "c.clientNumber";
        };
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        if (locality != null) {
            query.setParameter("locality", locality);
            query.setParameter("localityTo", SearchKey.upperBound(locality));
            query.setParameter("localityPrefix", SearchKey.likePattern(locality));
        }
        if (client != null) {
            query.setParameter("clientPrefix", SearchKey.likePattern(client.toUpperCase(java.util.Locale.ROOT)));
            query.setParameter("namePrefix", SearchKey.likePattern(client.toLowerCase(java.util.Locale.ROOT)));
        }
        return query;
    }
}
