package lu.alarmis.account;

import java.time.Instant;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.common.Language;
import lu.alarmis.security.AuthenticationLevel;
import lu.alarmis.security.Roles;

/**
 * The rules around a sign-in whose password Elytron has checked (or refused): failure counting
 * and lockout, the one-time code that makes a password sign-in strong, and the audit records.
 * Called before the caller is authenticated, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class SignInService {

    private static final String DUMMY_HASH = PasswordHasher.hash("no account has this password");

    @Inject
    private AddressVerification addresses;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<AccessWithdrawn> accessWithdrawn;

    /**
     * Elytron refused the password (or the account is disabled or locked). Counted against the
     * account if there is one; the caller learns nothing about whether the address exists.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void passwordRefused(String email) {
        Instant now = Instant.now();
        String actor = Account.normaliseEmail(email);
        var account = accounts.findByEmailForUpdate(email);
        account.ifPresent(found -> {
            if (found.recordFailedLogin(now)) {
                accessWithdrawn.fire(new AccessWithdrawn(found.getEmail()));
                audit.record(actor, AuditAction.ACCOUNT_LOCKED, "account", found.getId(),
                        "locked until " + found.getLockedUntil());
            }
        });
        if (account.filter(Account::isEnabled).filter(found -> !found.isLocked(now)).isEmpty()) {
            // Elytron spent no bcrypt on an address it did not find: spend it here, so that the
            // time of the answer does not tell whether the address exists.
            PasswordHasher.matches(actor == null ? "" : actor, DUMMY_HASH);
        }
        audit.record(actor, AuditAction.LOGIN_FAILED, "account", null, "password refused");
    }

    /**
     * Elytron accepted the password. Returns who signed in and the level the session reaches:
     * strong when a valid one-time code of the person's authenticator came with it.
     *
     * @throws InvalidOneTimeCodeException when a code was given and is wrong (the sign-in fails)
     * @throws NoWebAccessException when the account has no role of the web (the sign-in fails)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignedIn passwordAccepted(String email, String oneTimeCode) {
        Account account = accounts.findByEmailForUpdate(email)
                .orElseThrow(() -> new IllegalStateException("Elytron authenticated an unknown account"));
        if (!account.getRoles().contains(Roles.APPLICANT) && !Roles.includeStaff(account.getRoles())) {
            audit.record(account.getEmail(), AuditAction.LOGIN_FAILED, "account", account.getId(),
                    "no web access for roles " + account.getRoles());
            throw new NoWebAccessException();
        }
        AuthenticationLevel level = AuthenticationLevel.PASSWORD;
        if (oneTimeCode != null && !oneTimeCode.isBlank()) {
            Instant now = Instant.now();
            java.util.OptionalLong step = account.hasAuthenticator()
                    ? Totp.matchingStep(account.getTotpSecret(), oneTimeCode, now)
                    : java.util.OptionalLong.empty();
            if (step.isEmpty() || !account.isUnusedStep(step.getAsLong())) {
                boolean locked = account.recordFailedCode(now);
                audit.record(account.getEmail(), AuditAction.LOGIN_FAILED, "account", account.getId(),
                        step.isEmpty() ? "one-time code refused" : "one-time code used before");
                if (locked) {
                    accessWithdrawn.fire(new AccessWithdrawn(account.getEmail()));
                    audit.record(account.getEmail(), AuditAction.ACCOUNT_LOCKED, "account", account.getId(),
                            "locked until " + account.getLockedUntil() + " after wrong one-time codes");
                }
                throw new InvalidOneTimeCodeException();
            }
            account.acceptCode(step.getAsLong());
            level = AuthenticationLevel.STRONG;
        }
        account.recordSuccessfulLogin();
        audit.record(account.getEmail(), AuditAction.LOGIN, "account", account.getId(), "level " + level);
        addresses.mailLinkIfNoneWaits(account);
        return SignedIn.of(account, level);
    }

    /** The outcome of a successful sign-in; {@code language} is null while the person chose none. */
    public record SignedIn(String email, String displayName, AuthenticationLevel level, Set<String> roles,
                           Language language) implements java.io.Serializable {

        static SignedIn of(Account account, AuthenticationLevel level) {
            return new SignedIn(account.getEmail(), account.getDisplayName(), level, Set.copyOf(account.getRoles()),
                    account.getLanguage().orElse(null));
        }
    }

    /**
     * Whether a signed-in session may go on: the account is still enabled, not locked, and has
     * the roles it signed in with. Elytron keeps a session's identity as it was at sign-in, so a
     * disabled account or a withdrawn role would otherwise live on until the session ends.
     */
    public boolean mayContinue(String email, Set<String> rolesAtSignIn) {
        return accounts.findByEmail(email)
                .filter(Account::isEnabled)
                .filter(account -> !account.isLocked(Instant.now()))
                .filter(account -> account.getRoles().equals(rolesAtSignIn))
                .isPresent();
    }

    public void signedOut(String email) {
        audit.record(Account.normaliseEmail(email), AuditAction.LOGOUT, "account", null, null);
    }
}
