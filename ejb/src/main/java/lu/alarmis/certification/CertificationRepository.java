package lu.alarmis.certification;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import lu.alarmis.common.BusinessException;
import lu.alarmis.common.VersionedChange;

/** Certification requests, their history, tokens, letters and print batches in the database. */
@ApplicationScoped
public class CertificationRepository {

    /** A print batch holds at most this many letters (the rest wait for the next one). */
    static final int BATCH_MAX = 1000;

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    void add(Object entity) {
        em.persist(entity);
    }

    Optional<CertificationRequest> find(long id) {
        return em.createQuery("select r from CertificationRequest r join fetch r.espace join fetch r.requestedBy"
                        + " left join fetch r.client left join fetch r.connection where r.id = :id", CertificationRequest.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    List<CertificationRequest> ofEspace(long espaceId) {
        return em.createQuery("select r from CertificationRequest r where r.espace.id = :espace order by r.createdAt desc",
                        CertificationRequest.class)
                .setParameter("espace", espaceId)
                .getResultList();
    }

    boolean hasOpen(long espaceId, String clientNumber) {
        return !em.createQuery("select r.id from CertificationRequest r where r.espace.id = :espace"
                        + " and r.clientNumber = :number and r.state in :open", Long.class)
                .setParameter("espace", espaceId)
                .setParameter("number", clientNumber)
                .setParameter("open", List.of(CertificationState.SUBMITTED, CertificationState.PREPARED,
                        CertificationState.APPROVED))
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The staff's queue: the requests in these states, oldest first. */
    List<CertificationRequest> inStates(List<CertificationState> states, int max) {
        return em.createQuery("select r from CertificationRequest r join fetch r.espace left join fetch r.client"
                        + " where r.state in :states order by r.createdAt, r.id", CertificationRequest.class)
                .setParameter("states", states)
                .setMaxResults(max)
                .getResultList();
    }

    long countInStates(List<CertificationState> states) {
        return em.createQuery("select count(r) from CertificationRequest r where r.state in :states", Long.class)
                .setParameter("states", states)
                .getSingleResult();
    }

    long countWaitingLetters() {
        return em.createQuery("select count(l) from Letter l where l.state = :waiting", Long.class)
                .setParameter("waiting", LetterState.WAITING)
                .getSingleResult();
    }

    List<CertificationRequest> ofClient(long clientId) {
        return em.createQuery("select r from CertificationRequest r join fetch r.espace where r.client.id = :client"
                        + " order by r.createdAt desc", CertificationRequest.class)
                .setParameter("client", clientId)
                .getResultList();
    }

    /** The tokens of every certification request that named the client, oldest first. */
    List<CertificationToken> tokensOfClient(long clientId) {
        return em.createQuery("select t from CertificationToken t join fetch t.request r where r.client.id = :client"
                        + " order by t.issuedAt, t.id", CertificationToken.class)
                .setParameter("client", clientId)
                .getResultList();
    }

    List<CertificationEvent> history(long requestId) {
        return em.createQuery("select e from CertificationEvent e where e.request.id = :request"
                        + " order by e.occurredAt, e.id", CertificationEvent.class)
                .setParameter("request", requestId)
                .getResultList();
    }

    List<CertificationToken> tokens(long requestId) {
        return em.createQuery("select t from CertificationToken t where t.request.id = :request order by t.issuedAt, t.id",
                        CertificationToken.class)
                .setParameter("request", requestId)
                .getResultList();
    }

    /** The newest token of the request, whatever its state. */
    Optional<CertificationToken> currentToken(long requestId) {
        List<CertificationToken> tokens = tokens(requestId);
        return tokens.isEmpty() ? Optional.empty() : Optional.of(tokens.get(tokens.size() - 1));
    }

    List<Letter> letters(long requestId) {
        return em.createQuery("select l from Letter l left join fetch l.batch where l.request.id = :request"
                        + " order by l.createdAt, l.id", Letter.class)
                .setParameter("request", requestId)
                .getResultList();
    }

    Optional<Letter> findLetter(long id) {
        return Optional.ofNullable(em.find(Letter.class, id));
    }

    /** The letters waiting to be printed, oldest first. */
    List<Letter> waitingLetters(int max) {
        return em.createQuery("select l from Letter l join fetch l.request r join fetch r.espace"
                        + " where l.state = :waiting order by l.createdAt, l.id", Letter.class)
                .setParameter("waiting", LetterState.WAITING)
                .setMaxResults(max)
                .getResultList();
    }

    Optional<PrintBatch> findBatch(long id) {
        return Optional.ofNullable(em.find(PrintBatch.class, id));
    }

    List<PrintBatch> batches(int max) {
        return em.createQuery("select b from PrintBatch b order by b.createdAt desc, b.id desc", PrintBatch.class)
                .setMaxResults(max)
                .getResultList();
    }

    long countLetters(long batchId) {
        return em.createQuery("select count(l) from Letter l where l.batch.id = :batch", Long.class)
                .setParameter("batch", batchId)
                .getSingleResult();
    }

    /** A batch's letters one after the other, with their tokens, for a PDF that may hold a thousand. */
    Stream<Letter> lettersOf(long batchId) {
        return em.createQuery("select l from Letter l join fetch l.token join fetch l.request r join fetch r.espace"
                        + " where l.batch.id = :batch order by l.id", Letter.class)
                .setParameter("batch", batchId)
                .setHint("org.hibernate.fetchSize", 100)
                .getResultStream();
    }

    <T> T change(T record, long version, long seenVersion, long id, Consumer<T> action) {
        return VersionedChange.apply(em, record, version, seenVersion, action,
                () -> new BusinessException("certification.changedMeanwhile", record.getClass().getSimpleName() + " "
                        + id + " changed since it was loaded"));
    }

    void detach(Object entity) {
        em.detach(entity);
    }
}
