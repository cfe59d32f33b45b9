package lu.alarmis.account;

import static lu.alarmis.common.Queries.first;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import lu.alarmis.common.BusinessException;

/** Storage of eSpaces, memberships and invitations. Joins the caller's transaction; starts none. */
@ApplicationScoped
public class EspaceRepository {

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    /**
     * Stores the eSpace at once: a second eSpace for the same trade-register number, submitted at
     * the same moment, is refused here with a message instead of failing at commit.
     */
    public void add(BusinessEspace espace) {
        em.persist(espace);
        flushOrRefuse("espace.tradeRegisterNumberTaken");
    }

    /** Stores the membership at once; a concurrent second one (double submission) is refused. */
    public void add(EspaceMembership membership) {
        em.persist(membership);
        flushOrRefuse("invitation.alreadyMember");
    }

    private void flushOrRefuse(String messageKey) {
        try {
            em.flush();
        } catch (PersistenceException concurrent) {
            throw new BusinessException(messageKey, "refused by the database: " + concurrent);
        }
    }

    public void add(EspaceInvitation invitation) {
        em.persist(invitation);
    }

    public boolean tradeRegisterNumberTaken(String tradeRegisterNumber) {
        return first(em.createQuery("select e.id from BusinessEspace e where e.tradeRegisterNumber = :number", Long.class)
                .setParameter("number", tradeRegisterNumber))
                .isPresent();
    }

    public List<EspaceMembership> membershipsOf(long accountId) {
        return em.createQuery("""
                        select m from EspaceMembership m
                        where m.account.id = :accountId
                        order by m.espace.organisationName""", EspaceMembership.class)
                .setParameter("accountId", accountId)
                .getResultList();
    }

    public Optional<EspaceMembership> membership(long espaceId, long accountId) {
        return first(em.createQuery("""
                        select m from EspaceMembership m
                        where m.espace.id = :espaceId and m.account.id = :accountId""", EspaceMembership.class)
                .setParameter("espaceId", espaceId)
                .setParameter("accountId", accountId));
    }

    public List<EspaceMembership> members(long espaceId) {
        return em.createQuery("""
                        select m from EspaceMembership m
                        where m.espace.id = :espaceId
                        order by m.role, m.account.displayName""", EspaceMembership.class)
                .setParameter("espaceId", espaceId)
                .getResultList();
    }

    public List<EspaceInvitation> openInvitations(long espaceId) {
        return em.createQuery("""
                        select i from EspaceInvitation i
                        where i.espace.id = :espaceId and i.acceptedAt is null
                        order by i.createdAt desc""", EspaceInvitation.class)
                .setParameter("espaceId", espaceId)
                .getResultList();
    }

    public Optional<EspaceInvitation> invitationByTokenHash(String tokenHash) {
        return first(em.createQuery("select i from EspaceInvitation i where i.tokenHash = :hash", EspaceInvitation.class)
                .setParameter("hash", tokenHash));
    }
}
