package lu.alarmis.account;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.common.Language;
import lu.alarmis.security.Roles;

/**
 * A person opens a private account (as an applicant) on the public registration page, with a
 * password, and from a LuxTrust / eID certificate when the browser presents one.
 */
@Stateless
public class RegistrationService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<SignInMethodAdded> signInMethods;

    @EJB
    private CertificateService certificates;

    @Inject
    private AddressVerification addresses;

    /** Anyone may register: the account can do nothing until it signs in. */
    @PermitAll
    public Account register(String email, String displayName, String password, Language language) {
        Account account = open(email, displayName, password, language);
        audit.record(account.getEmail(), AuditAction.ACCOUNT_REGISTERED, "account", account.getId(), null);
        return account;
    }

    /**
     * Registration started from a LuxTrust / eID certificate presented at the TLS handshake: the
     * account is opened with the certificate linked, its first strong factor. The e-mail address
     * and the password are still the person's to give.
     */
    @PermitAll
    public Account registerWithCertificate(String email, String displayName, String password, Language language,
                                           X509Certificate[] chain) {
        ClientCertificate certificate = certificates.inspect(chain);
        if (accounts.findCertificate(certificate).isPresent()) {
            throw new CertificateRefusedException(CertificateRefusedException.Reason.LINKED_TO_ANOTHER_ACCOUNT,
                    certificate.serialNumber());
        }
        Account account = open(email, displayName, password, language);
        accounts.add(new LinkedCertificate(account, certificate, Instant.now()));
        audit.record(account.getEmail(), AuditAction.ACCOUNT_REGISTERED, "account", account.getId(),
                "with the certificate " + certificate.subject());
        audit.record(account.getEmail(), AuditAction.CERTIFICATE_LINKED, "account", account.getId(),
                certificate.subject() + " issued by " + certificate.issuer() + "; presented at registration");
        signInMethods.fire(new SignInMethodAdded(account, SignInMethodAdded.Method.CERTIFICATE, certificate.subject()));
        return account;
    }

    private Account open(String email, String displayName, String password, Language language) {
        List<PasswordPolicy.Violation> violations = PasswordPolicy.check(password, email);
        if (!violations.isEmpty()) {
            throw new WeakPasswordException(violations);
        }
        if (accounts.findByEmail(email).isPresent()) {
            throw new EmailAlreadyRegisteredException();
        }
        Account account = new Account(email, displayName, PasswordHasher.hash(password), Set.of(Roles.APPLICANT),
                Instant.now());
        account.chooseLanguage(language);
        accounts.add(account);
        addresses.mailLink(account);
        return account;
    }
}
