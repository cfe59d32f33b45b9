package lu.alarmis.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.security.CallerContext;
import lu.alarmis.security.Roles;

/**
 * A person enrols a one-time-code authenticator (LuxTrust token or app). Only while strongly
 * authenticated: otherwise a stolen password would be enough to make oneself "strong".
 */
@Stateless
@RolesAllowed(Roles.APPLICANT)
public class AuthenticatorService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private CallerContext callerContext;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<SignInMethodAdded> signInMethods;

    @Resource
    private SessionContext context;

    /** @return the new secret (Base32), shown once so that the person can load it into the authenticator */
    public String enrolNewAuthenticator() {
        callerContext.requireStrongAuthentication();
        Account account = accounts.getSignedIn(context.getCallerPrincipal());
        String secret = Totp.newSecret();
        account.enrolAuthenticator(secret);
        audit.record(account.getEmail(), AuditAction.AUTHENTICATOR_ENROLLED, "account", account.getId(), null);
        signInMethods.fire(new SignInMethodAdded(account, SignInMethodAdded.Method.AUTHENTICATOR, null));
        return secret;
    }
}
