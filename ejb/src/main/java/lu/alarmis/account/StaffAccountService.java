package lu.alarmis.account;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.security.Roles;

/** An administrator manages the accounts of PGD staff. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class StaffAccountService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<AccessWithdrawn> accessWithdrawn;

    @Resource
    private SessionContext context;

    public List<Account> staff() {
        return accounts.staff();
    }

    public Account create(String email, String displayName, String initialPassword, Set<String> roles) {
        Set<String> staffRoles = requireStaffRoles(roles);
        List<PasswordPolicy.Violation> violations = PasswordPolicy.check(initialPassword, email);
        if (!violations.isEmpty()) {
            throw new WeakPasswordException(violations);
        }
        if (accounts.findByEmail(email).isPresent()) {
            throw new EmailAlreadyRegisteredException();
        }
        Account account = new Account(email, displayName, PasswordHasher.hash(initialPassword), staffRoles, Instant.now());
        accounts.add(account);
        audit.record(caller(), AuditAction.STAFF_ACCOUNT_CREATED, "account", account.getId(),
                account.getEmail() + " " + staffRoles);
        return account;
    }

    public Account changeRoles(long accountId, Set<String> roles) {
        Account account = staffAccount(accountId);
        Set<String> staffRoles = requireStaffRoles(roles);
        if (isCaller(account) && !staffRoles.contains(Roles.ADMIN)) {
            throw new BusinessException("staff.cannotDemoteSelf", "an admin cannot remove their own admin role");
        }
        Set<String> before = new TreeSet<>(account.getRoles());
        account.changeRoles(staffRoles);
        accessWithdrawn.fire(new AccessWithdrawn(account.getEmail()));
        audit.record(caller(), AuditAction.STAFF_ROLES_CHANGED, "account", account.getId(),
                account.getEmail() + " " + before + " -> " + new TreeSet<>(staffRoles));
        return account;
    }

    public Account disable(long accountId) {
        Account account = staffAccount(accountId);
        if (isCaller(account)) {
            throw new BusinessException("staff.cannotDisableSelf", "an admin cannot disable their own account");
        }
        account.setEnabled(false);
        accessWithdrawn.fire(new AccessWithdrawn(account.getEmail()));
        audit.record(caller(), AuditAction.STAFF_ACCOUNT_DISABLED, "account", account.getId(), account.getEmail());
        return account;
    }

    public Account enable(long accountId) {
        Account account = staffAccount(accountId);
        account.setEnabled(true);
        audit.record(caller(), AuditAction.STAFF_ACCOUNT_ENABLED, "account", account.getId(), account.getEmail());
        return account;
    }

    private Account staffAccount(long accountId) {
        return accounts.find(accountId).filter(Account::isStaff)
                .orElseThrow(() -> new NotFoundException("staff account", accountId));
    }

    private static Set<String> requireStaffRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty() || !Roles.STAFF.containsAll(roles)) {
            throw new BusinessException("staff.rolesRequired", "staff roles must be a non-empty subset of " + Roles.STAFF);
        }
        return Set.copyOf(roles);
    }

    private boolean isCaller(Account account) {
        return account.getEmail().equals(caller());
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
