package lu.alarmis.account;

import static lu.alarmis.common.Queries.first;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Storage of accounts. Joins the caller's transaction; starts none. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    public Optional<Account> findByEmail(String email) {
        return first(em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", Account.normaliseEmail(email)));
    }

    /** The account of a signed-in caller (Elytron's principal is the e-mail address); it must exist. */
    public Account getSignedIn(java.security.Principal caller) {
        return findByEmail(caller.getName())
                .orElseThrow(() -> new IllegalStateException("signed-in caller without account: " + caller.getName()));
    }

    /** The account, locked for update: sign-in counters must not lose increments. */
    public Optional<Account> findByEmailForUpdate(String email) {
        return first(em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<LinkedCertificate> findCertificate(ClientCertificate certificate) {
        return first(em.createQuery("select c from LinkedCertificate c where c.serialNumber = :serial and c.issuer = :issuer",
                        LinkedCertificate.class)
                .setParameter("serial", certificate.serialNumber())
                .setParameter("issuer", certificate.issuer()));
    }

    public List<LinkedCertificate> certificatesOf(long accountId) {
        return em.createQuery("select c from LinkedCertificate c where c.account.id = :id order by c.linkedAt",
                        LinkedCertificate.class)
                .setParameter("id", accountId)
                .getResultList();
    }

    /** Replaces the account's sign-in ticket, if any. */
    public void replaceTicket(SignInTicket ticket) {
        em.merge(ticket);
    }

    public void deleteTicket(long accountId) {
        em.createQuery("delete from SignInTicket t where t.accountId = :id").setParameter("id", accountId)
                .executeUpdate();
    }

    public void add(LinkedCertificate certificate) {
        em.persist(certificate);
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public List<Account> staff() {
        return em.createQuery("""
                        select distinct a from Account a join a.roles r
                        where r in ('cin-operator', 'cin-supervisor', 'admin')
                        order by a.displayName""", Account.class)
                .getResultList();
    }

    public void add(Account account) {
        em.persist(account);
    }
}
