package lu.alarmis.certification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.jboss.ejb3.annotation.RunAsPrincipal;

import lu.alarmis.account.Account;
import lu.alarmis.account.AccountRepository;
import lu.alarmis.account.DemoAccountsLoader;
import lu.alarmis.account.EspaceRepository;
import lu.alarmis.client.Client;
import lu.alarmis.client.ClientRegister;
import lu.alarmis.client.ClientRepository;
import lu.alarmis.client.Connection;
import lu.alarmis.security.Roles;

/**
 * Run mode only: the demo jeweller (Bijouterie Weber, B123456) asked to certify its eSpace for its
 * connection of the legacy register ({@value #CLIENT_NUMBER}); the demo operator prepared it and
 * the demo supervisor, having confirmed the client's registered address, approved it: the letter
 * waits in the print queue. The legacy register is imported by a batch job that starts with the
 * server, so this waits for the client to be there (asking every few seconds, a few minutes at
 * most). Once: a restart keeps what exists.
 */
@Singleton
@Startup
@DependsOn("DemoRegisterLoader")
@RunAs(Roles.CIN_SUPERVISOR)
@RunAsPrincipal(DemoCertificationLoader.SUPERVISOR)
public class DemoCertificationLoader {

    /** The demo jeweller's connection in the demo legacy register (README). */
    public static final String CLIENT_NUMBER = "AL-2018-000039-8";
    static final String SUPERVISOR = "supervisor@demo.alarmis.lu";
    private static final String OPERATOR = "operator@demo.alarmis.lu";
    private static final String JEWELLER = "anna.weber@demo-bijouterie.lu";
    private static final long RETRY_MILLIS = 5_000;
    private static final int MAX_TRIES = 120;

    private static final Logger LOG = Logger.getLogger(DemoCertificationLoader.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private CertificationRepository certifications;

    @Inject
    private CertificationHistory history;

    @Inject
    private ClientRepository register;

    @Inject
    private AccountRepository accounts;

    @Inject
    private EspaceRepository espaces;

    @EJB
    private ClientRegister clientRegister;

    @EJB
    private CertificationReviewService review;

    private int tries;

    @PostConstruct
    void schedule() {
        if (Boolean.getBoolean(DemoAccountsLoader.DEMO_PROPERTY)) {
            timers.createSingleActionTimer(RETRY_MILLIS, new TimerConfig(null, false));
        }
    }

    @Timeout
    void load(Timer timer) {
        Account jeweller = accounts.findByEmail(JEWELLER).orElseThrow();
        var espace = espaces.membershipsOf(jeweller.getId()).get(0).getEspace();
        if (!certifications.ofEspace(espace.getId()).isEmpty()) {
            return;
        }
        Optional<Connection> connection = register.byClientNumber(CLIENT_NUMBER);
        if (connection.isEmpty()) {
            if (++tries < MAX_TRIES) {
                timers.createSingleActionTimer(RETRY_MILLIS, new TimerConfig(null, false));
            } else {
                LOG.warning(() -> "demo certification: " + CLIENT_NUMBER + " never reached the register");
            }
            return;
        }
        Client client = connection.get().getClient();
        if (!client.isAddressConfirmed()) {
            clientRegister.confirmPostalAddress(client.getId(), client.getVersion(), client.getPostalAddress());
        }
        Instant now = Instant.now();
        Instant filedAt = now.minus(Duration.ofDays(3));
        CertificationRequest request = new CertificationRequest(espace, jeweller, CLIENT_NUMBER, "B123456",
                "Our shop has been connected since 2018; we now manage it in ALARMIS Connect.", connection.get(), filedAt);
        Instant preparedAt = now.minus(Duration.ofDays(2));
        // prepared before it is stored: one insert, and the version the approval names is the one stored
        request.prepare(CertificationRequest.Proposal.APPROVAL, "Client number and trade-register number match the register.",
                OPERATOR, preparedAt);
        certifications.add(request);
        history.record(request, CertificationEventKind.FILED, JEWELLER, request.getMessage(), filedAt);
        history.record(request, CertificationEventKind.PREPARED, OPERATOR, "APPROVAL", preparedAt);
        review.approve(request.getId(), request.getVersion());
        LOG.info(() -> "demo certification " + request.getReference() + ": the letter waits in the print queue");
    }
}
