package lu.alarmis.account;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.security.Roles;

/** A person opens a private account (as an applicant) on the public registration page. */
@Stateless
public class RegistrationService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditLog audit;

    /** Anyone may register: the account can do nothing until it signs in. */
    @PermitAll
    public Account register(String email, String displayName, String password) {
        List<PasswordPolicy.Violation> violations = PasswordPolicy.check(password, email);
        if (!violations.isEmpty()) {
            throw new WeakPasswordException(violations);
        }
        if (accounts.findByEmail(email).isPresent()) {
            throw new EmailAlreadyRegisteredException();
        }
        Account account = new Account(email, displayName, PasswordHasher.hash(password), Set.of(Roles.APPLICANT),
                Instant.now());
        accounts.add(account);
        audit.record(account.getEmail(), AuditAction.ACCOUNT_REGISTERED, "account", account.getId(), null);
        return account;
    }
}
