package lu.alarmis.compliance;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import lu.alarmis.security.Roles;

/**
 * Wakes the daily run every ten minutes on every server ({@value #INTERVAL_PROPERTY} seconds when
 * set), first half a minute after the start. The timer is not persistent (each
 * server's own timer store would make two servers both fire a persistent one): whether a day has
 * run is in the database ({@link DailyJob}, {@link DailyRun}), so the first wake of a day runs it,
 * the others find it done, and a day the server was down is caught up at its next wake.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RunAs(Roles.DAILY_JOB)
@PermitAll // takes no input: it only runs what is due
public class ComplianceTimer {

    private static final Logger LOG = Logger.getLogger(ComplianceTimer.class.getName());

    /** After a start, the first wake comes this soon (the day may not have run while the server was down). */
    private static final long FIRST_WAKE_MILLIS = 30_000;
    /** Every ten minutes, unless the system property says otherwise (the benchmark wakes it more often). */
    static final String INTERVAL_PROPERTY = "alarmis.daily-run.interval-seconds";

    @EJB
    private ComplianceSweep sweep;

    @Resource
    private TimerService timers;

    @PostConstruct
    void afterStart() {
        long interval = Long.getLong(INTERVAL_PROPERTY, 600) * 1000;
        timers.createIntervalTimer(FIRST_WAKE_MILLIS, interval, new TimerConfig("daily run's wake", false));
    }

    @Timeout
    void scheduled() {
        try {
            wake();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The daily run of the yearly obligations failed; the next wake tries again", e);
        }
    }

    /**
     * Runs what is due now (also called by the tests after they set the clock). One wake at a time
     * in this server; other servers wait on the job's row in the database.
     */
    public synchronized ComplianceSweep.WakeSummary wake() {
        ComplianceSweep.WakeSummary summary = sweep.wake(serverName());
        if (!summary.days().isEmpty()) {
            LOG.info(() -> "Daily run of the yearly obligations for " + summary.days() + ": " + summary.reminders()
                    + " reminders, " + summary.enrolled() + " connections enrolled, " + summary.becameOverdue()
                    + " overdue");
        }
        return summary;
    }

    private static String serverName() {
        return System.getProperty("jboss.node.name", System.getProperty("jboss.server.name", "server"));
    }
}
