package lu.alarmis.decision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import lu.alarmis.common.BusinessException;
import lu.alarmis.common.VersionedChange;

/** Intended decisions and their answer documents in the database. */
@ApplicationScoped
public class IntendedDecisionRepository {

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    void add(IntendedDecision decision) {
        em.persist(decision);
    }

    void add(AnswerDocument document) {
        em.persist(document);
    }

    Optional<IntendedDecision> find(long id) {
        return Optional.ofNullable(em.find(IntendedDecision.class, id));
    }

    /** With its answer documents, for a page that lists them. */
    Optional<IntendedDecision> findWithDocuments(long id) {
        return em.createQuery("select d from IntendedDecision d left join fetch d.documents where d.id = :id",
                        IntendedDecision.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    Optional<AnswerDocument> findDocument(long id) {
        return Optional.ofNullable(em.find(AnswerDocument.class, id));
    }

    /** The subjects' intended decisions, newest first, with their answer documents. */
    List<IntendedDecision> about(SubjectKind kind, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct d from IntendedDecision d left join fetch d.documents"
                        + " where d.subjectKind = :kind and d.subjectId in :ids order by d.announcedAt desc, d.id desc",
                        IntendedDecision.class)
                .setParameter("kind", kind)
                .setParameter("ids", subjectIds)
                .getResultList();
    }

    boolean hasOpen(SubjectKind kind, long subjectId) {
        return !em.createQuery("select d.id from IntendedDecision d where d.subjectKind = :kind and d.subjectId = :id"
                        + " and d.state in :open", Long.class)
                .setParameter("kind", kind)
                .setParameter("id", subjectId)
                .setParameter("open", List.of(IntendedDecisionState.ANNOUNCED, IntendedDecisionState.ANSWERED))
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The decisions still to be taken, those waiting longest for a decision first. */
    List<IntendedDecision> open(int max) {
        return em.createQuery("select d from IntendedDecision d where d.state in :open"
                        + " order by d.answerDue, d.id", IntendedDecision.class)
                .setParameter("open", List.of(IntendedDecisionState.ANNOUNCED, IntendedDecisionState.ANSWERED))
                .setMaxResults(max)
                .getResultList();
    }

    /** How many open intended decisions can be decided on that day: answered, or past their date. */
    long countReady(java.time.LocalDate today) {
        return em.createQuery("select count(d) from IntendedDecision d where d.state = :answered"
                        + " or (d.state = :announced and d.answerDue < :today)", Long.class)
                .setParameter("answered", IntendedDecisionState.ANSWERED)
                .setParameter("announced", IntendedDecisionState.ANNOUNCED)
                .setParameter("today", today)
                .getSingleResult();
    }

    IntendedDecision change(IntendedDecision decision, long seenVersion, java.util.function.Consumer<IntendedDecision> action) {
        return VersionedChange.apply(em, decision, decision.getVersion(), seenVersion, action,
                () -> new BusinessException("decision.changedMeanwhile", "intended decision " + decision.getId()
                        + " changed since it was loaded"));
    }
}
