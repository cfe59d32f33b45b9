package lu.alarmis.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.mail.MailTemplate;
import lu.alarmis.mail.Mails;

/**
 * Confirms that an e-mail address is its account's before any other mail goes there: a link with
 * a single-use token (only its SHA-256 kept), valid 24 hours, mailed at registration and, for an
 * account not confirmed yet, at a sign-in when no link is still valid.
 */
@ApplicationScoped
public class AddressVerification {

    /** The page the link opens. */
    public static final String PAGE = "/verify-email.xhtml";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    @Inject
    private Mails mails;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** What became of a link that was opened. */
    public enum Outcome {
        /** The address is confirmed now. */
        VERIFIED,
        /** It was, already: a second click changes nothing. */
        ALREADY_VERIFIED,
        /** Past its 24 hours: the next sign-in mails a new one. */
        EXPIRED,
        /** No such link (mistyped, or never ours). */
        UNKNOWN
    }

    /** A new link to the account's address, in the account's language; in the caller's transaction. */
    void mailLink(Account account) {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        em.persist(new EmailVerification(account, hash(text), clock.instant()));
        mails.send(account.getEmail(), account.getLanguage().orElse(null), MailTemplate.ADDRESS_VERIFICATION,
                Mails.link(PAGE + "?token=" + text), account.getDisplayName());
        audit.record(account.getEmail(), AuditAction.EMAIL_VERIFICATION_SENT, "account", account.getId(), null);
    }

    /** At a sign-in: a link, unless the address is confirmed or a link sent within 24 hours still waits. */
    void mailLinkIfNoneWaits(Account account) {
        if (account.isEmailVerified()) {
            return;
        }
        Instant now = clock.instant();
        boolean waiting = !em.createQuery("select v.id from EmailVerification v where v.account = :account"
                        + " and v.usedAt is null and v.expiresAt > :now", Long.class)
                .setParameter("account", account).setParameter("now", now).setMaxResults(1).getResultList().isEmpty();
        if (!waiting) {
            mailLink(account);
        }
    }

    /** The link opened, in the caller's transaction ({@link EmailAddressService#verify}). */
    Outcome verify(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Outcome.UNKNOWN;
        }
        Optional<EmailVerification> found = em.createQuery("select v from EmailVerification v join fetch v.account"
                        + " where v.tokenHash = :hash", EmailVerification.class)
                .setParameter("hash", hash(token.strip())).getResultStream().findFirst();
        if (found.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        EmailVerification verification = found.get();
        Account account = verification.getAccount();
        Instant now = clock.instant();
        if (verification.getUsedAt() != null || account.isEmailVerified()) {
            return Outcome.ALREADY_VERIFIED;
        }
        if (!verification.isLive(now)) {
            return Outcome.EXPIRED;
        }
        verification.use(now);
        account.emailVerified(now);
        audit.record(account.getEmail(), AuditAction.EMAIL_VERIFIED, "account", account.getId(), null);
        return Outcome.VERIFIED;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
