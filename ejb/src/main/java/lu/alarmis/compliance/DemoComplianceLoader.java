package lu.alarmis.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.jboss.ejb3.annotation.RunAsPrincipal;

import lu.alarmis.account.DemoAccountsLoader;
import lu.alarmis.client.ClientRepository;
import lu.alarmis.client.Connection;
import lu.alarmis.security.Roles;

/**
 * Run mode only: the yearly obligations in every standing. The legacy register's sample brings
 * connections compliant, due soon, overdue and suspended (its servicings and tests are spread
 * over fifteen months); once its import has finished, the daily run enrols them, a transmission
 * test of one of them failed four days ago (in remediation), and the police ask the demo
 * pharmacy for a copy of its servicing certificate. Once: a restart keeps what exists.
 */
@Singleton
@Startup
@DependsOn("DemoRegisterLoader")
@RunAs(Roles.CIN_SUPERVISOR)
@RunAsPrincipal(DemoComplianceLoader.SUPERVISOR)
public class DemoComplianceLoader {

    static final String SUPERVISOR = "supervisor@demo.alarmis.lu";
    /** The last line of the sample: once it is in the register, the import has finished. */
    private static final String LAST_OF_SAMPLE = "AL-2003-000300-6";
    /** The demo pharmacy's approved request (DemoRequestsLoader). */
    private static final String PHARMACY_ORDER = "POST-DEMO-1000";
    private static final long RETRY_MILLIS = 5_000;
    private static final int MAX_TRIES = 120;

    private static final Logger LOG = Logger.getLogger(DemoComplianceLoader.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private ClientRepository register;

    @Inject
    private ComplianceRepository compliance;

    @Inject
    private java.time.Clock clock;

    @EJB
    private ComplianceTimer dailyRun;

    @EJB
    private ComplianceDesk desk;

    private int tries;

    @PostConstruct
    void schedule() {
        if (Boolean.getBoolean(DemoAccountsLoader.DEMO_PROPERTY)) {
            timers.createSingleActionTimer(RETRY_MILLIS, new TimerConfig(null, false));
        }
    }

    @Timeout
    void load() {
        if (register.byClientNumber(LAST_OF_SAMPLE).isEmpty()) {
            if (++tries < MAX_TRIES) {
                timers.createSingleActionTimer(RETRY_MILLIS, new TimerConfig(null, false));
            } else {
                LOG.warning(() -> "demo compliance: the legacy register's sample never finished importing");
            }
            return;
        }
        dailyRun.wake();
        List<ConnectionCompliance> compliant = desk.list(ComplianceFilter.all(ComplianceState.COMPLIANT), 0, 200);
        if (compliant.stream().anyMatch(c -> !compliance.tests(c.getConnectionId()).isEmpty())
                || !desk.list(ComplianceFilter.all(ComplianceState.REMEDIATION), 0, 1).isEmpty()) {
            return; // loaded before
        }
        LocalDate today = LocalDate.now(clock);
        compliant.stream().map(ConnectionCompliance::getConnection)
                .filter(c -> c.getPostOrderReference() == null).findFirst()
                .ifPresent(legacy -> desk.recordTest(legacy.getId(), today.minusDays(4), false,
                        "No signal reached the CIN during POST's test (demo)."));
        // This year's client numbers are the approvals': the demo pharmacy's is one of them.
        desk.list(new ComplianceFilter(ComplianceState.COMPLIANT, null, "AL-" + today.getYear()), 0, 50).stream()
                .map(ConnectionCompliance::getConnection)
                .filter(c -> PHARMACY_ORDER.equals(c.getPostOrderReference())).map(Connection::getId).findFirst()
                .ifPresent(pharmacy -> desk.askForCopy(pharmacy, today.plusDays(21),
                        "Please send the certificate of the servicing done before the connection."));
        LOG.info("demo compliance: connections in every standing");
    }
}
