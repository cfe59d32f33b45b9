package lu.alarmis.compliance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import lu.alarmis.client.ClientNotices;
import lu.alarmis.client.ClientRepository;
import lu.alarmis.client.Connection;
import lu.alarmis.notification.NotificationKind;
import lu.alarmis.security.Roles;

/**
 * One wake of the daily run, in one transaction that holds the job's row: the register's new
 * connections get their obligations (every wake: they count on the dashboard within minutes); once
 * a day, the standings follow the register (changes made outside this application's services: a
 * later legacy file, POST ending a line) and the day (what became overdue gets a line in its
 * history); and each day not run yet (at most {@link #CATCH_UP_DAYS} back) sends its reminders,
 * tells the areas that keep other due dates ({@link DailyRunDay}), and is recorded as run. A second
 * server waits for the row, then finds the days done; a run repeated sends nothing twice (the
 * reminders' unique key).
 */
@Stateless
@RolesAllowed(Roles.DAILY_JOB)
public class ComplianceSweep {

    public static final String JOB = "compliance";
    /** A server down longer than this does not send the reminders of a month ago. */
    static final int CATCH_UP_DAYS = 31;
    static final String ACTOR = "daily run";
    /**
     * Written to the database and let go this often: the persistence context of a run that reminds
     * thousands would otherwise be checked whole before each of its queries.
     */
    static final int BATCH = 200;

    @Inject
    private ComplianceRepository compliance;

    @Inject
    private ClientRepository register;

    @Inject
    private Obligations obligations;

    @Inject
    private ClientNotices notices;

    @Inject
    private Clock clock;

    @Inject
    private Event<DailyRunDay> days;

    /** @return what it did: the days it ran for and its figures */
    public WakeSummary wake(String server) {
        Instant started = clock.instant();
        LocalDate today = LocalDate.now(clock);
        DailyJob job = compliance.lockJob(JOB);
        int enrolled = compliance.enrolMissing(today);
        List<LocalDate> ran = new ArrayList<>();
        int reminders = 0;
        int overdue = 0;
        // the day after the last one run; today when none ran yet, or when the clock went back (a day
        // already run stays run: its row)
        LocalDate from = job.getLastRunOn() == null || job.getLastRunOn().isAfter(today) ? today
                : job.getLastRunOn().plusDays(1);
        if (from.isBefore(today.minusDays(CATCH_UP_DAYS))) {
            from = today.minusDays(CATCH_UP_DAYS);
        }
        boolean followed = false;
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            if (compliance.ranOn(JOB, day)) { // the job's row was reset (by hand): a day run stays run
                compliance.ranFor(JOB, day);
                continue;
            }
            if (!followed) { // once a day: what the register changed by itself, and the standings of the day
                compliance.followRegister();
                overdue = moveStandings(today);
                followed = true;
            }
            int sent = remind(day);
            days.fire(new DailyRunDay(day));
            reminders += sent;
            ran.add(day);
            compliance.add(new DailyRun(JOB, day, server, started, clock.instant(),
                    "reminders " + sent + (day.equals(today) ? ", enrolled " + enrolled + ", overdue " + overdue : "")));
            compliance.ranFor(JOB, day);
        }
        return new WakeSummary(ran, enrolled, overdue, reminders);
    }

    /** @return how many became overdue */
    private int moveStandings(LocalDate today) {
        List<Object[]> moving = compliance.standingsToMove(today);
        compliance.moveStandings(today);
        int overdue = 0;
        for (Object[] row : moving) {
            ComplianceState before = ComplianceState.valueOf(String.valueOf(row[1]).strip());
            ComplianceState now = ComplianceState.valueOf(String.valueOf(row[2]).strip());
            if (now == ComplianceState.OVERDUE) {
                obligations.noteOverdue(register.findConnection(((Number) row[0]).longValue()).orElseThrow(), before, now);
                if (++overdue % BATCH == 0) {
                    compliance.flushAndClear();
                }
            }
        }
        return overdue;
    }

    /** The day's reminders: each obligation's due dates that reached a threshold and have not had its reminder. */
    private int remind(LocalDate day) {
        int sent = 0;
        for (Obligation obligation : Obligation.OF_CONNECTIONS) {
            for (ReminderThreshold threshold : ReminderThreshold.values()) {
                for (Object[] row : compliance.dueWithoutReminder(obligation, threshold, day)) {
                    long connectionId = ((Number) row[0]).longValue();
                    LocalDate dueOn = toLocalDate(row[1]);
                    compliance.add(new Reminder(obligation, connectionId, dueOn, threshold, day, clock.instant()));
                    Connection connection = register.findConnection(connectionId).orElseThrow();
                    notices.tell(connection, NotificationKind.valueOf(obligation.name()
                            + (threshold == ReminderThreshold.OVERDUE ? "_OVERDUE" : "_DUE")), dueOn.toString());
                    if (++sent % BATCH == 0) {
                        compliance.flushAndClear();
                    }
                }
            }
        }
        return sent;
    }

    private static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value);
    }

    /** What a wake did. */
    public record WakeSummary(List<LocalDate> days, int enrolled, int becameOverdue, int reminders) {
    }
}
