package lu.alarmis.account;

import java.time.Instant;
import java.util.List;
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
 * The first administrator of a new installation: staff accounts are created by an admin, so
 * someone has to be the first. When the server's environment names one
 * ({@value #EMAIL_VARIABLE}, {@value #PASSWORD_VARIABLE}) and no administrator exists yet, that
 * account is created at start-up. Once there is an administrator the variables are ignored
 * (and should be removed).
 */
@Singleton
@Startup
public class AdministratorBootstrap {

    static final String EMAIL_VARIABLE = "ALARMIS_BOOTSTRAP_ADMIN_EMAIL";
    static final String PASSWORD_VARIABLE = "ALARMIS_BOOTSTRAP_ADMIN_PASSWORD";
    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditLog audit;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void createFirstAdministrator() {
        String email = System.getenv(EMAIL_VARIABLE);
        String password = System.getenv(PASSWORD_VARIABLE);
        if (email == null || email.isBlank() || password == null) {
            return;
        }
        boolean adminExists = accounts.staff().stream()
                .anyMatch(a -> a.isEnabled() && a.getRoles().contains(Roles.ADMIN));
        if (adminExists) {
            LOG.info(() -> EMAIL_VARIABLE + " ignored: an administrator exists already");
            return;
        }
        List<PasswordPolicy.Violation> violations = PasswordPolicy.check(password, email);
        if (!violations.isEmpty() || accounts.findByEmail(email).isPresent()) {
            LOG.severe(() -> "First administrator not created: " + (violations.isEmpty()
                    ? "the address belongs to an existing account" : "password breaks the policy " + violations));
            return;
        }
        Account admin = new Account(email, "Administrator", PasswordHasher.hash(password), Set.of(Roles.ADMIN),
                Instant.now());
        accounts.add(admin);
        audit.record("bootstrap", AuditAction.STAFF_ACCOUNT_CREATED, "account", admin.getId(),
                admin.getEmail() + " [admin], from " + EMAIL_VARIABLE);
        LOG.info(() -> "First administrator created: " + admin.getEmail());
    }
}
