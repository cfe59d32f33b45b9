package lu.alarmis.account;

import java.time.Instant;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.security.Roles;

/**
 * POST Luxembourg's account on our message broker, from the server's environment
 * ({@value #USER_VARIABLE}, {@value #PASSWORD_VARIABLE}): created at start-up when missing, its
 * password replaced when the environment gives another one (that is how it is rotated). The broker
 * checks it through the application's Elytron domain; the only role is {@code post-partner}.
 * Without the variables there is no partner account, and nobody can reach the queues from outside.
 */
@Singleton
@Startup
public class PartnerAccountBootstrap {

    static final String USER_VARIABLE = "ALARMIS_POST_USER";
    static final String PASSWORD_VARIABLE = "ALARMIS_POST_PASSWORD";
    /** The run command's demo partner, also used by the POST simulator. */
    public static final String DEMO_USER = "alarmis-link@demo-post.lu";
    public static final String DEMO_PASSWORD = "Demo-Post-Link-2026!";
    private static final Logger LOG = Logger.getLogger(PartnerAccountBootstrap.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditLog audit;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void ensurePartnerAccount() {
        String user = System.getenv(USER_VARIABLE);
        String password = System.getenv(PASSWORD_VARIABLE);
        if ((user == null || password == null) && Boolean.getBoolean(DemoAccountsLoader.DEMO_PROPERTY)) {
            user = DEMO_USER;
            password = DEMO_PASSWORD;
        }
        if (user == null || user.isBlank() || password == null || password.isBlank()) {
            return;
        }
        if (!PasswordPolicy.check(password, user).isEmpty()) {
            LOG.severe(() -> "POST partner account not set up: " + PASSWORD_VARIABLE + " breaks the password policy");
            return;
        }
        String email = Account.normaliseEmail(user);
        String hash = PasswordHasher.hash(password);
        Account existing = accounts.findByEmail(email).orElse(null);
        if (existing == null) {
            Account partner = new Account(email, "POST Luxembourg (partner system)", hash, Set.of(Roles.POST_PARTNER),
                    Instant.now());
            accounts.add(partner);
            audit.record("bootstrap", AuditAction.STAFF_ACCOUNT_CREATED, "account", partner.getId(),
                    email + " [" + Roles.POST_PARTNER + "], from " + USER_VARIABLE);
            LOG.info(() -> "POST partner account created: " + email);
        } else if (existing.getRoles().equals(Set.of(Roles.POST_PARTNER))) {
            existing.replacePasswordHash(hash);
        } else {
            LOG.severe(() -> USER_VARIABLE + " names an account that is not the partner's: " + email);
        }
    }
}
