package lu.alarmis.account;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import lu.alarmis.account.CertificateRefusedException.Reason;
import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.security.AuthenticationLevel;
import lu.alarmis.security.CallerContext;
import lu.alarmis.security.Roles;

/**
 * LuxTrust and eID certificates: a strongly signed-in person links one to their account; from
 * then on presenting it signs them in strongly. The TLS layer lets every certificate through;
 * each one is judged here (chain to a trusted CA, validity, linked serialNumber).
 */
@Stateless
public class CertificateService {

    @Inject
    private AddressVerification addresses;

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

    private volatile ClientCertificateVerifier verifier;

    /** A verified certificate's holder and the single-use ticket to sign them in with. */
    public record CertificateSignIn(String email, String ticket) {
    }

    /** What a presented certificate is worth, before anyone signed in (the pages explain). */
    @PermitAll
    public ClientCertificate inspect(X509Certificate[] chain) {
        return verifier().verify(chain);
    }

    /** Whether a verified certificate is linked to some account (asked by the page its holder opened). */
    @PermitAll
    public boolean isLinked(ClientCertificate certificate) {
        return accounts.findCertificate(certificate).isPresent();
    }

    /**
     * First half of a certificate sign-in: verifies the certificate of the connection and, if it
     * is linked to an account, issues the ticket with which the web door signs the person in.
     */
    @PermitAll
    public CertificateSignIn certificateSignIn(X509Certificate[] chain) {
        ClientCertificate certificate;
        try {
            certificate = verifier().verify(chain);
        } catch (CertificateRefusedException refused) {
            refusedSignIn(refused, chain);
            throw refused;
        }
        LinkedCertificate linked = accounts.findCertificate(certificate).orElseThrow(() -> {
            CertificateRefusedException refused = new CertificateRefusedException(Reason.NOT_LINKED,
                    certificate.subject());
            refusedSignIn(refused, chain);
            return refused;
        });
        Account account = accounts.findByEmail(linked.getAccountEmail()).orElseThrow();
        String ticket = SignInTicket.issue(account, Instant.now(), accounts::replaceTicket);
        return new CertificateSignIn(account.getEmail(), ticket);
    }

    /** Second half: Elytron accepted the ticket; it is spent, and the sign-in is recorded. */
    @RolesAllowed({Roles.APPLICANT, Roles.CIN_OPERATOR, Roles.CIN_SUPERVISOR, Roles.ADMIN})
    public SignInService.SignedIn certificateSignInCompleted(X509Certificate[] chain) {
        Account account = caller();
        accounts.deleteTicket(account.getId());
        ClientCertificate certificate = verifier().verify(chain);
        account.recordSuccessfulLogin();
        audit.record(account.getEmail(), AuditAction.LOGIN, "account", account.getId(),
                "level " + AuthenticationLevel.STRONG + ", certificate " + certificate.subject());
        addresses.mailLinkIfNoneWaits(account);
        return SignInService.SignedIn.of(account, AuthenticationLevel.STRONG);
    }

    /**
     * Links the certificate of this connection to the caller's account. From a strong session any
     * valid certificate; from a password session only the account's first certificate, and only
     * when it names the account's holder: a stolen password alone cannot attach someone else's
     * certificate (see docs/authentication.md, "The first strong factor").
     */
    @RolesAllowed(Roles.APPLICANT)
    public ClientCertificate link(X509Certificate[] chain) {
        Account account = caller();
        ClientCertificate certificate = verifier().verify(chain);
        var existing = accounts.findCertificate(certificate);
        if (existing.isPresent()) {
            if (existing.get().getAccountEmail().equals(account.getEmail())) {
                return certificate;
            }
            audit.recordRefusal(account.getEmail(), AuditAction.ACCESS_DENIED, "certificate", certificate.serialNumber(),
                    "certificate linked to another account");
            throw new CertificateRefusedException(Reason.LINKED_TO_ANOTHER_ACCOUNT, certificate.serialNumber());
        }
        boolean strong = callerContext.level() == AuthenticationLevel.STRONG;
        if (!strong) {
            requireFirstCertificateOfItsHolder(account, certificate);
        }
        accounts.add(new LinkedCertificate(account, certificate, Instant.now()));
        audit.record(account.getEmail(), AuditAction.CERTIFICATE_LINKED, "account", account.getId(),
                certificate.subject() + " issued by " + certificate.issuer()
                        + (strong ? "" : "; first certificate, linked from a password session: its name is the account's"));
        signInMethods.fire(new SignInMethodAdded(account, SignInMethodAdded.Method.CERTIFICATE, certificate.subject()));
        return certificate;
    }

    private void requireFirstCertificateOfItsHolder(Account account, ClientCertificate certificate) {
        if (!accounts.certificatesOf(account.getId()).isEmpty()) {
            audit.recordRefusal(account.getEmail(), AuditAction.ACCESS_DENIED, "certificate", certificate.serialNumber(),
                    "another certificate from a password session: the account has one already");
            throw new CertificateRefusedException(Reason.ANOTHER_NEEDS_STRONG_SESSION, certificate.serialNumber());
        }
        boolean sameName = certificate.holderName().filter(name -> PersonNames.same(name, account.getDisplayName()))
                .isPresent();
        if (!sameName) {
            audit.recordRefusal(account.getEmail(), AuditAction.ACCESS_DENIED, "certificate", certificate.serialNumber(),
                    "first certificate from a password session: its name " + certificate.holderName().orElse("(none)")
                            + " is not the account's");
            throw new CertificateRefusedException(Reason.NAME_MISMATCH, certificate.serialNumber());
        }
    }

    @RolesAllowed(Roles.APPLICANT)
    public List<LinkedCertificate> myCertificates() {
        return accounts.certificatesOf(caller().getId());
    }

    private void refusedSignIn(CertificateRefusedException refused, X509Certificate[] chain) {
        String who = chain == null || chain.length == 0 ? "anonymous"
                : ClientCertificateVerifier.readable(chain[0].getSubjectX500Principal());
        audit.recordRefusal(who, AuditAction.LOGIN_FAILED, "certificate", null,
                "certificate refused: " + refused.reason());
    }

    private Account caller() {
        return accounts.getSignedIn(context.getCallerPrincipal());
    }

    private ClientCertificateVerifier verifier() {
        ClientCertificateVerifier current = verifier;
        if (current == null) {
            current = ClientCertificateVerifier.fromServerTrustStore();
            verifier = current;
        }
        return current;
    }
}
