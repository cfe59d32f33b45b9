package lu.alarmis.request;

import static lu.alarmis.common.Queries.first;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import org.hibernate.Hibernate;

import lu.alarmis.common.Luxembourg;
import lu.alarmis.common.SearchKey;
import lu.alarmis.common.VersionedChange;

/** Connection requests, their documents and their history, as the services need them. */
@ApplicationScoped
public class RequestRepository {

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    /** The request with everything its page shows: eSpace, people, contacts, documents, its connection. */
    public Optional<ConnectionRequest> findWithDetails(long id) {
        Optional<ConnectionRequest> found = first(em.createQuery("select r from ConnectionRequest r join fetch r.espace"
                        + " join fetch r.createdBy left join fetch r.assignee left join fetch r.proposedBy"
                        + " left join fetch r.decidedBy left join fetch r.fireExceptionBy"
                        + " left join fetch r.connection c left join fetch c.client where r.id = :id",
                        ConnectionRequest.class)
                .setParameter("id", id));
        found.ifPresent(r -> {
            r.getContacts().size();
            r.getDocuments().forEach(d -> Hibernate.initialize(d.getUploadedBy()));
        });
        return found;
    }

    public List<ConnectionRequest> ofClient(long clientId) {
        return em.createQuery("select r from ConnectionRequest r join fetch r.connection c join fetch r.espace"
                        + " where c.client.id = :client order by r.decidedAt, r.id", ConnectionRequest.class)
                .setParameter("client", clientId)
                .getResultList();
    }

    /** The requests waiting for an answer to an information request due in that window (both days included). */
    public List<ConnectionRequest> informationDueBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return em.createQuery("select r from ConnectionRequest r join fetch r.espace where r.state = :waiting"
                        + " and r.informationDue between :from and :to order by r.id", ConnectionRequest.class)
                .setParameter("waiting", RequestState.INFO_REQUESTED).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    public Optional<ConnectionRequest> find(long id) {
        return Optional.ofNullable(em.find(ConnectionRequest.class, id));
    }

    public List<ConnectionRequest> ofEspace(long espaceId) {
        return em.createQuery("select r from ConnectionRequest r left join fetch r.connection where r.espace.id = :espace"
                        + " order by r.createdAt desc, r.id desc", ConnectionRequest.class)
                .setParameter("espace", espaceId)
                .setMaxResults(500)
                .getResultList();
    }

    /** The requests waiting for POST's answer on this order, oldest first. */
    public List<ConnectionRequest> inPostCheck(String orderReference) {
        return em.createQuery("select r from ConnectionRequest r where r.postOrderReference = :reference"
                        + " and r.state = :state order by r.submittedAt, r.id", ConnectionRequest.class)
                .setParameter("reference", orderReference)
                .setParameter("state", RequestState.POST_CHECK)
                .getResultList();
    }

    public Optional<ConnectionRequest> latestSubmittedWithOrderReference(String orderReference) {
        return first(em.createQuery("select r from ConnectionRequest r where r.postOrderReference = :reference"
                        + " and r.state <> :draft order by r.submittedAt desc, r.id desc", ConnectionRequest.class)
                .setParameter("reference", orderReference)
                .setParameter("draft", RequestState.DRAFT));
    }

    public List<RequestEvent> history(long requestId) {
        return em.createQuery("select e from RequestEvent e where e.request.id = :request"
                        + " order by e.occurredAt, e.id", RequestEvent.class)
                .setParameter("request", requestId)
                .getResultList();
    }

    public Optional<RequestDocument> findDocument(long documentId) {
        return first(em.createQuery("select d from RequestDocument d join fetch d.request where d.id = :id",
                        RequestDocument.class)
                .setParameter("id", documentId));
    }

    public void remove(RequestDocument document) {
        em.remove(document);
    }

    /**
     * Applies an action to the request as a person saw it: refused if the request changed since
     * (the version shown), also when a colleague commits a change at the same instant.
     */
    public ConnectionRequest change(ConnectionRequest request, long seenVersion, Consumer<ConnectionRequest> action) {
        return VersionedChange.apply(em, request, request.getVersion(), seenVersion, action,
                () -> new RequestChangedException(request.getId()));
    }

    // ---- the staff work queue ------------------------------------------------------------------

    public List<WorkQueueRow> workQueue(WorkQueueFilter filter, Long callerId, Instant now, int first, int pageSize) {
        Conditions where = new Conditions(filter, callerId, now, wholeLocality(filter), false);
        String direction = filter.isAscending() ? " asc" : " desc";
        String order = switch (filter.getSortField()) {
            case STATE -> " order by r.state" + direction + ", r.submittedAt, r.id";
            case LOCALITY -> " order by r.siteLocalityKey" + direction + ", r.submittedAt, r.id";
            case ORGANISATION -> " order by e.organisationName" + direction + ", r.submittedAt, r.id";
            default -> " order by r.submittedAt" + direction + ", r.id" + direction;
        };
        TypedQuery<WorkQueueRow> rows = em.createQuery("select new lu.alarmis.request.WorkQueueRow(r.id, r.state,"
                + " r.submittedAt, e.organisationName, r.site.locality, r.passiveAlarm, r.activeAlarm, r.fireAlarm,"
                + " a.displayName, case when r.state = lu.alarmis.request.RequestState.INFO_REQUESTED then r.informationDue end)"
                + " from ConnectionRequest r join r.espace e left join r.assignee a"
                + where.clause() + order, WorkQueueRow.class);
        where.bind(rows);
        return rows.setFirstResult(Math.max(0, first)).setMaxResults(pageSize).getResultList();
    }

    /**
     * How many requests match, counted up to one past {@link WorkQueuePage#COUNT_CAP}. In SQL,
     * because JPQL has no subquery in the from clause to stop the count early.
     */
    public long countWorkQueue(WorkQueueFilter filter, Long callerId, Instant now) {
        Conditions where = new Conditions(filter, callerId, now, wholeLocality(filter), true);
        Query count = em.createNativeQuery("select count(*) from (select r.id from connection_request r"
                + where.clause() + " fetch first " + (WorkQueuePage.COUNT_CAP + 1) + " rows only) matching");
        where.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    /**
     * Whether the locality typed is a whole locality that no other one starts with (one index
     * probe). Then the queue asks for that locality by equality, which its index delivers in date
     * order 20 rows at a time; a range over several localities has to read and sort them all.
     */
    private boolean wholeLocality(WorkQueueFilter filter) {
        String locality = SearchKey.of(filter.getLocality());
        if (locality == null) {
            return false;
        }
        List<String> longer = em.createQuery("select r.siteLocalityKey from ConnectionRequest r"
                        + " where r.siteLocalityKey > :prefix and r.siteLocalityKey < :upper", String.class)
                .setParameter("prefix", locality)
                .setParameter("upper", SearchKey.upperBound(locality))
                .setMaxResults(1)
                .getResultList();
        return longer.isEmpty();
    }

    /** The work queue's conditions, in JPQL for the page and in SQL for the count. */
    private static final class Conditions {

        private final StringBuilder clause = new StringBuilder(" where");
        private final java.util.Map<String, Object> parameters = new java.util.HashMap<>();

        Conditions(WorkQueueFilter filter, Long callerId, Instant now, boolean wholeLocality, boolean sql) {
            if (filter.isDefaultOpenQueue()) {
                clause.append(sql ? " r.in_queue = true" : " r.inQueue = true");
            } else {
                clause.append(" r.state in (:states)");
                parameters.put("states", sql ? filter.states().stream().map(Enum::name).toList() : filter.states());
            }
            String locality = SearchKey.of(filter.getLocality());
            String key = sql ? "r.site_locality_key" : "r.siteLocalityKey";
            if (locality != null && wholeLocality) {
                add(key + " = :locality", "locality", locality);
            } else if (locality != null) {
                // The start of the name: a range the index serves whatever the plan or the collation,
                // and LIKE for exactness where a collation would put other names in that range.
                add(key + " >= :localityFrom", "localityFrom", locality);
                add(key + " < :localityTo", "localityTo", SearchKey.upperBound(locality));
                add(key + " like :localityPrefix escape '!'", "localityPrefix", SearchKey.likePattern(locality));
            }
            if (filter.getAlarmType() != null) {
                add(switch (filter.getAlarmType()) {
                    case PASSIVE -> sql ? "r.passive_alarm = true" : "r.passiveAlarm = true";
                    case ACTIVE -> sql ? "r.active_alarm = true" : "r.activeAlarm = true";
                    case FIRE -> sql ? "r.fire_alarm = true" : "r.fireAlarm = true";
                }, null, null);
            }
            switch (filter.getAssignment()) {
                case MINE -> add(sql ? "r.assignee_id = :caller" : "r.assignee.id = :caller", "caller", callerId);
                case UNASSIGNED -> add(sql ? "r.assignee_id is null" : "r.assignee is null", null, null);
                default -> { }
            }
            if (filter.getMinDaysWaiting() != null && filter.getMinDaysWaiting() > 0) {
                add(sql ? "r.submitted_at <= :cutoff" : "r.submittedAt <= :cutoff", "cutoff",
                        now.minus(Duration.ofDays(filter.getMinDaysWaiting())));
            }
            if (filter.isProposed()) {
                add("r.state = :reviewState", "reviewState", sql ? RequestState.IN_REVIEW.name() : RequestState.IN_REVIEW);
                add("r.proposal is not null", null, null);
            }
            if (filter.isInformationOverdue()) {
                add("r.state = :informationState", "informationState",
                        sql ? RequestState.INFO_REQUESTED.name() : RequestState.INFO_REQUESTED);
                add(sql ? "r.information_due < :today" : "r.informationDue < :today", "today",
                        LocalDate.ofInstant(now, Luxembourg.ZONE));
            }
        }

        private void add(String condition, String parameter, Object value) {
            clause.append(" and ").append(condition);
            if (parameter != null) {
                parameters.put(parameter, value);
            }
        }

        String clause() {
            return clause.toString();
        }

        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }
}
