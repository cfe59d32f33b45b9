package lu.alarmis.account;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.security.AuthenticationLevel;

/**
 * The rules around a sign-in whose password Elytron has checked (or refused): failure counting
 * and lockout, the one-time code that makes a password sign-in strong, and the audit records.
 * Called before the caller is authenticated, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class SignInService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditLog audit;

    /**
     * Elytron refused the password (or the account is disabled or locked). Counted against the
     * account if there is one; the caller learns nothing about whether the address exists.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void passwordRefused(String email) {
        Instant now = Instant.now();
        String actor = Account.normaliseEmail(email);
        accounts.findByEmailForUpdate(email).ifPresent(account -> {
            if (account.recordFailedLogin(now)) {
                audit.record(actor, AuditAction.ACCOUNT_LOCKED, "account", account.getId(),
                        "locked until " + account.getLockedUntil());
            }
        });
        audit.record(actor, AuditAction.LOGIN_FAILED, "account", null, "password refused");
    }

    /**
     * Elytron accepted the password. Returns who signed in and the level the session reaches:
     * strong when a valid one-time code of the person's authenticator came with it.
     *
     * @throws InvalidOneTimeCodeException when a code was given and is wrong (the sign-in fails)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignedIn passwordAccepted(String email, String oneTimeCode) {
        Account account = accounts.findByEmailForUpdate(email)
                .orElseThrow(() -> new IllegalStateException("Elytron authenticated an unknown account"));
        AuthenticationLevel level = AuthenticationLevel.PASSWORD;
        if (oneTimeCode != null && !oneTimeCode.isBlank()) {
            if (!account.hasAuthenticator() || !Totp.verify(account.getTotpSecret(), oneTimeCode, Instant.now())) {
                account.recordFailedLogin(Instant.now());
                audit.record(account.getEmail(), AuditAction.LOGIN_FAILED, "account", account.getId(),
                        "one-time code refused");
                throw new InvalidOneTimeCodeException();
            }
            level = AuthenticationLevel.STRONG;
        }
        account.recordSuccessfulLogin();
        audit.record(account.getEmail(), AuditAction.LOGIN, "account", account.getId(), "level " + level);
        return new SignedIn(account.getEmail(), account.getDisplayName(), level);
    }

    /** The outcome of a successful sign-in. */
    public record SignedIn(String email, String displayName, AuthenticationLevel level) implements java.io.Serializable {
    }

    public void signedOut(String email) {
        audit.record(Account.normaliseEmail(email), AuditAction.LOGOUT, "account", null, null);
    }
}
