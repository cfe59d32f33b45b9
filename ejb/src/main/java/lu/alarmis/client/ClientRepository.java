package lu.alarmis.client;

import static lu.alarmis.common.Queries.first;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.hibernate.Session;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import lu.alarmis.common.SearchKey;
import lu.alarmis.common.Text;
import lu.alarmis.common.VersionedChange;

/** The register's clients, connections and histories, as the services need them. */
@ApplicationScoped
public class ClientRepository {

    /** The register's search counts up to this many matches, then says "more than". */
    public static final int COUNT_CAP = 1000;

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    void add(Object entity) {
        em.persist(entity);
    }

    public Optional<Client> find(long clientId) {
        return Optional.ofNullable(em.find(Client.class, clientId));
    }

    public Optional<Connection> findConnection(long connectionId) {
        return first(em.createQuery("select c from Connection c join fetch c.client where c.id = :id", Connection.class)
                .setParameter("id", connectionId));
    }

    public Optional<Connection> byClientNumber(String clientNumber) {
        return first(em.createQuery("select c from Connection c join fetch c.client where c.clientNumber = :number",
                        Connection.class)
                .setParameter("number", clientNumber));
    }

    public boolean isIssued(String clientNumber) {
        return !em.createQuery("select c.id from Connection c where c.clientNumber = :number", Long.class)
                .setParameter("number", clientNumber).setMaxResults(1).getResultList().isEmpty();
    }

    public List<Connection> connectionsOf(long clientId) {
        return em.createQuery("select c from Connection c where c.client.id = :client order by c.clientNumber",
                        Connection.class)
                .setParameter("client", clientId)
                .getResultList();
    }

    /** The connections of every client that the eSpace acts for. */
    public List<Connection> connectionsOfEspace(long espaceId) {
        return em.createQuery("select c from Connection c join fetch c.client where c.client.id in"
                        + " (select l.client.id from ClientEspace l where l.espace.id = :espace)"
                        + " order by c.clientNumber", Connection.class)
                .setParameter("espace", espaceId)
                .getResultList();
    }

    void remove(ClientEspace link) {
        em.remove(link);
    }

    /** Whether the business eSpace acts for the client (is linked to it). */
    boolean isActedForBy(long clientId, long espaceId) {
        return !em.createQuery("select l.id from ClientEspace l where l.client.id = :client and l.espace.id = :espace",
                        Long.class)
                .setParameter("client", clientId)
                .setParameter("espace", espaceId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    public List<ClientEspace> espacesOf(long clientId) {
        return em.createQuery("select l from ClientEspace l join fetch l.espace where l.client.id = :client"
                        + " order by l.linkedAt", ClientEspace.class)
                .setParameter("client", clientId)
                .getResultList();
    }

    public List<Client> withTradeRegisterNumber(String tradeRegisterNumber) {
        String number = Client.normaliseTradeRegisterNumber(tradeRegisterNumber);
        if (number == null) {
            return List.of();
        }
        return em.createQuery("select c from Client c where c.tradeRegisterNumber = :number order by c.name",
                        Client.class)
                .setParameter("number", number)
                .getResultList();
    }

    // ---- the legacy register's import: one query per chunk of lines, not per line ------------

    /** The connections with these client numbers, with their clients. */
    List<Connection> connectionsNumbered(Collection<String> clientNumbers) {
        if (clientNumbers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Connection c join fetch c.client where c.clientNumber in :numbers",
                        Connection.class)
                .setParameter("numbers", clientNumbers)
                .getResultList();
    }

    /** Which of these connections someone other than the legacy import acted on (staff, POST, the client). */
    Set<Long> actedOnInThisService(Collection<Long> connectionIds) {
        if (connectionIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select distinct e.connection.id from ConnectionEvent e"
                        + " where e.connection.id in :ids and e.actorKind <> :importActor", Long.class)
                .setParameter("ids", connectionIds)
                .setParameter("importActor", RegisterActor.LEGACY_IMPORT)
                .getResultList());
    }

    /** The clients with these trade-register numbers (normalised), oldest first. */
    List<Client> withTradeRegisterNumbers(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Client c where c.tradeRegisterNumber in :numbers order by c.id", Client.class)
                .setParameter("numbers", numbers)
                .getResultList();
    }

    /** The legacy register's clients without a trade-register number that bear one of these names (search keys). */
    List<Client> legacyClientsNamed(Collection<String> nameKeys) {
        if (nameKeys.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Client c where c.nameKey in :names and c.tradeRegisterNumber is null"
                        + " and c.origin = :legacy order by c.id", Client.class)
                .setParameter("names", nameKeys)
                .setParameter("legacy", RegisterOrigin.LEGACY)
                .getResultList();
    }

    /** The history of every connection of the client, connection by connection, each in order. */
    public List<ConnectionEvent> historiesOfClient(long clientId) {
        return em.createQuery("select e from ConnectionEvent e where e.connection.client.id = :client"
                        + " order by e.connection.id, e.occurredAt, e.id", ConnectionEvent.class)
                .setParameter("client", clientId)
                .getResultList();
    }

    public List<ConnectionEvent> history(long connectionId) {
        return em.createQuery("select e from ConnectionEvent e where e.connection.id = :connection"
                        + " order by e.occurredAt, e.id", ConnectionEvent.class)
                .setParameter("connection", connectionId)
                .getResultList();
    }

    /**
     * Moves the client-number sequence past the highest number the legacy register issued (the
     * number's six digits, whatever the year). @return the sequence's floor now, 0 if the register
     * holds no legacy connection
     */
    long raiseClientNumberFloor() {
        String highest = em.createQuery("select max(substring(c.clientNumber, 9, 6)) from Connection c where c.origin = :legacy",
                        String.class)
                .setParameter("legacy", RegisterOrigin.LEGACY)
                .getSingleResult();
        if (highest == null) {
            return 0;
        }
        long floor = Long.parseLong(highest);
        Dialect dialect = em.unwrap(Session.class).getSessionFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect();
        if (dialect instanceof PostgreSQLDialect) {
            em.createNativeQuery("select setval('client_number_seq', greatest(last_value, :floor)) from client_number_seq")
                    .setParameter("floor", floor)
                    .getSingleResult();
        } else {
            Number next = (Number) em.createNativeQuery("select base_value from information_schema.sequences"
                    + " where sequence_name = 'CLIENT_NUMBER_SEQ'").getSingleResult();
            if (next.longValue() <= floor) {
                em.createNativeQuery("alter sequence client_number_seq restart with " + (floor + 1)).executeUpdate();
            }
        }
        return floor;
    }

    /** The next value of the client-number sequence (created with the requests, V6). */
    long nextClientNumberSequence() {
        String sql = em.unwrap(Session.class).getSessionFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString("client_number_seq");
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /**
     * Applies an action to a record as a person saw it: refused if it changed since (the version
     * shown), also when a colleague commits a change at the same instant.
     */
    <T> T change(T record, long version, long seenVersion, long id, Consumer<T> action) {
        return VersionedChange.apply(em, record, version, seenVersion, action,
                () -> new RecordChangedException(record.getClass().getSimpleName(), id));
    }

    // ---- the register's search ----------------------------------------------------------------

    /**
     * A page of connections matching the filter, in client-number order. (Ordering a search by name
     * by the names instead cost the database more, not less, at 100,000 connections: docs/benchmarks.md.)
     */
    public List<RegisterRow> search(RegisterFilter filter, int first, int pageSize) {
        Conditions where = new Conditions(filter);
        TypedQuery<RegisterRow> rows = em.createQuery("select new lu.alarmis.client.RegisterRow(c.id, k.id,"
                + " c.clientNumber, k.name, k.tradeRegisterNumber, c.site.locality, c.state,"
                + " case when c.lineActiveSince is null then false else true end)"
                + " from Connection c join c.client k" + where.jpql() + " order by c.clientNumber", RegisterRow.class);
        where.bind(rows);
        return rows.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    /** How many connections match, counted up to {@link #COUNT_CAP} + 1 (more than the cap: "more than"). */
    public long count(RegisterFilter filter) {
        Conditions where = new Conditions(filter);
        TypedQuery<Long> ids = em.createQuery("select c.id from Connection c join c.client k" + where.jpql(), Long.class);
        where.bind(ids);
        return ids.setMaxResults(COUNT_CAP + 1).getResultList().size();
    }

    /** The filter's criteria as JPQL conditions with their parameters. */
    private static final class Conditions {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Conditions(RegisterFilter filter) {
            String number = Text.blank(filter.getClientNumber()) ? null
                    : filter.getClientNumber().strip().toUpperCase(java.util.Locale.ROOT);
            if (number != null) {
                if (ClientNumber.isValid(number)) {
                    add("c.clientNumber = :number", "number", number);
                } else {
                    add("c.clientNumber like :number escape '!'", "number", SearchKey.likePattern(number));
                }
            }
            String name = SearchKey.of(filter.getName());
            if (name != null) {
                // the range lets the index answer; LIKE keeps out what a linguistic collation sorts into it
                add("k.nameKey >= :name", "name", name);
                add("k.nameKey < :nameTo", "nameTo", SearchKey.upperBound(name));
                add("k.nameKey like :namePrefix escape '!'", "namePrefix", SearchKey.likePattern(name));
            }
            String tradeRegister = Client.normaliseTradeRegisterNumber(filter.getTradeRegisterNumber());
            if (tradeRegister != null) {
                add("k.tradeRegisterNumber = :tradeRegister", "tradeRegister", tradeRegister);
            }
            String locality = SearchKey.of(filter.getLocality());
            if (locality != null) {
                add("c.siteLocalityKey >= :locality", "locality", locality);
                add("c.siteLocalityKey < :localityTo", "localityTo", SearchKey.upperBound(locality));
                add("c.siteLocalityKey like :localityPrefix escape '!'", "localityPrefix", SearchKey.likePattern(locality));
            }
            if (filter.getState() != null) {
                add("c.state = :state", "state", filter.getState());
            }
        }

        private void add(String condition, String name, Object value) {
            conditions.add(condition);
            parameters.put(name, value);
        }

        String jpql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }
}
