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

import lu.alarmis.security.Roles;

/**
 * Run mode only ({@code -Dalarmis.demo=true}, set by the run command): demo staff of each role
 * and two demo applicants, each managing the eSpace of a different organisation and holding an
 * enrolled authenticator. The README lists them. Loaded once; a restart keeps what exists.
 */
@Singleton
@Startup
public class DemoAccountsLoader {

    public static final String DEMO_PROPERTY = "alarmis.demo";
    /** The issuer of config/demo-pki.sh's certificates, as ClientCertificateVerifier writes it. */
    private static final String DEMO_CA = "CN=ALARMIS Connect Demo CA (stands in for LuxTrust and eID),"
            + "O=ALARMIS Connect demo,C=LU";
    private static final Logger LOG = Logger.getLogger(DemoAccountsLoader.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private EspaceRepository espaces;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void load() {
        if (!Boolean.getBoolean(DEMO_PROPERTY)) {
            return;
        }
        staff("admin@demo.alarmis.lu", "Alex Admin", "Demo-Admin-2026!", Roles.ADMIN);
        staff("supervisor@demo.alarmis.lu", "Sophie Supervisor", "Demo-Supervisor-2026!", Roles.CIN_SUPERVISOR);
        staff("operator@demo.alarmis.lu", "Olivier Operator", "Demo-Operator-2026!", Roles.CIN_OPERATOR);
        applicant("anna.weber@demo-bijouterie.lu", "Anna Weber", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "PNOLU-DEMO-0001",
                new BusinessEspace("Bijouterie Weber", LegalForm.SARL, "B123456", "Grand-Rue", "12", "L-1660",
                        "Luxembourg"));
        applicant("marc.schmit@demo-pharmacie.lu", "Marc Schmit", "KRUGS4ZANFZSAYJAORSXG5BAON2HEZLU", "PNOLU-DEMO-0002",
                new BusinessEspace("Pharmacie du Centre", LegalForm.SA, "B654321", "Place de la Gare", "5", "L-4001",
                        "Esch-sur-Alzette"));
    }

    private void staff(String email, String name, String password, String role) {
        if (accounts.findByEmail(email).isEmpty()) {
            Account account = new Account(email, name, PasswordHasher.hash(password), Set.of(role), Instant.now());
            account.emailVerified(Instant.now()); // the demo's addresses are confirmed: run mode's mails go to its GreenMail
            accounts.add(account);
            LOG.info(() -> "Demo staff account " + email + " (" + role + ")");
        }
    }

    /** The certificate serial numbers are those of config/demo-pki.sh's demo certificates. */
    private void applicant(String email, String name, String authenticatorSecret, String certificateSerial,
                           BusinessEspace espace) {
        if (accounts.findByEmail(email).isPresent()) {
            return;
        }
        Instant now = Instant.now();
        Account account = new Account(email, name, PasswordHasher.hash("Demo-Applicant-2026!"),
                Set.of(Roles.APPLICANT), now);
        account.enrolAuthenticator(authenticatorSecret);
        account.emailVerified(now);
        accounts.add(account);
        accounts.add(new LinkedCertificate(account, new ClientCertificate(certificateSerial,
                "CN=" + name + ",SERIALNUMBER=" + certificateSerial + ",C=LU",
                DEMO_CA,
                now.plus(java.time.Duration.ofDays(365))), now));
        espace.created(account, now);
        espaces.add(espace);
        espaces.add(new EspaceMembership(espace, account, MembershipRole.MANAGER, now));
        LOG.info(() -> "Demo applicant " + email + ", manager of " + espace.getOrganisationName());
    }
}
