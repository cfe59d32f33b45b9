package lu.alarmis.compliance;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import lu.alarmis.common.Queries;

/** The yearly obligations' records, and the queries of the daily run and of the dashboard. */
@ApplicationScoped
public class ComplianceRepository {

    /**
     * {@link ConnectionCompliance#stateOn} in SQL, for the rows of {@code connection_compliance cc}
     * on the day {@code :today} ({@code :soon} is {@link ComplianceState#DUE_SOON_DAYS} days later).
     */
    static final String STATE_ON_DAY = "CASE WHEN cc.connection_state = 'ENDED' THEN 'ENDED'"
            + " WHEN cc.connection_state = 'SUSPENDED' THEN 'SUSPENDED'"
            + " WHEN cc.remediation_due_on IS NOT NULL THEN 'REMEDIATION'"
            + " WHEN cc.servicing_due_on < :today OR cc.test_due_on < :today OR cc.copy_due_on < :today THEN 'OVERDUE'"
            + " WHEN cc.servicing_due_on <= :soon OR cc.test_due_on <= :soon OR cc.copy_due_on <= :soon THEN 'DUE_SOON'"
            + " ELSE 'COMPLIANT' END";

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    public Optional<ConnectionCompliance> find(long connectionId) {
        return Optional.ofNullable(em.find(ConnectionCompliance.class, connectionId));
    }

    void add(Object record) {
        em.persist(record);
    }

    List<ServicingRecord> servicings(long connectionId) {
        return em.createQuery("select s from ServicingRecord s where s.connection.id = :id"
                        + " order by s.servicedOn desc, s.id desc", ServicingRecord.class)
                .setParameter("id", connectionId).getResultList();
    }

    Optional<ServicingRecord> servicing(long servicingId) {
        return Queries.first(em.createQuery("select s from ServicingRecord s join fetch s.connection c join fetch c.client"
                + " where s.id = :id", ServicingRecord.class).setParameter("id", servicingId));
    }

    List<TransmissionTest> tests(long connectionId) {
        return em.createQuery("select t from TransmissionTest t where t.connection.id = :id"
                        + " order by t.testedOn desc, t.id desc", TransmissionTest.class)
                .setParameter("id", connectionId).getResultList();
    }

    boolean testReported(String messageId) {
        return !em.createQuery("select t.id from TransmissionTest t where t.messageId = :id", Long.class)
                .setParameter("id", messageId).setMaxResults(1).getResultList().isEmpty();
    }

    List<CopyRequest> copyRequests(long connectionId) {
        return em.createQuery("select r from CopyRequest r left join fetch r.answer where r.connection.id = :id"
                        + " order by r.askedAt desc, r.id desc", CopyRequest.class)
                .setParameter("id", connectionId).getResultList();
    }

    Optional<CopyRequest> openCopyRequest(long connectionId) {
        return Queries.first(em.createQuery("select r from CopyRequest r where r.connection.id = :id"
                        + " and r.state <> :accepted", CopyRequest.class)
                .setParameter("id", connectionId).setParameter("accepted", CopyRequestState.ACCEPTED));
    }

    Optional<CopyRequest> copyRequest(long copyRequestId) {
        return Optional.ofNullable(em.find(CopyRequest.class, copyRequestId));
    }

    List<Reminder> reminders(long connectionId) {
        return em.createQuery("select r from Reminder r where r.subjectId = :id and r.obligation in :ofConnections"
                        + " order by r.sentOn, r.id", Reminder.class)
                .setParameter("id", connectionId).setParameter("ofConnections", Obligation.OF_CONNECTIONS).getResultList();
    }

    boolean reminded(Obligation obligation, long subjectId, LocalDate dueOn, ReminderThreshold threshold) {
        return !em.createQuery("select r.id from Reminder r where r.obligation = :obligation and r.subjectId = :subject"
                        + " and r.dueOn = :due and r.threshold = :threshold", Long.class)
                .setParameter("obligation", obligation).setParameter("subject", subjectId).setParameter("due", dueOn)
                .setParameter("threshold", threshold).setMaxResults(1).getResultList().isEmpty();
    }

    // ---- the daily run --------------------------------------------------------------------------

    /** The job's row, locked until the transaction ends: a second server waits, then finds the day done. */
    DailyJob lockJob(String job) {
        DailyJob row = em.find(DailyJob.class, job, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new IllegalStateException("no daily_job row for " + job + " (the schema migration adds it)");
        }
        return row;
    }

    /** The job ran for that day (a bulk update: the run's persistence context is cleared as it goes). */
    void ranFor(String job, LocalDate day) {
        em.createQuery("update DailyJob j set j.lastRunOn = :day where j.job = :job")
                .setParameter("day", day).setParameter("job", job).executeUpdate();
    }

    /** What the run wrote goes to the database, and its entities are let go. */
    void flushAndClear() {
        em.flush();
        em.clear();
    }

    boolean ranOn(String job, LocalDate day) {
        return em.find(DailyRun.class, new DailyRun.Key(job, day)) != null;
    }

    /**
     * Every connection of the register without obligations yet (an import, a migration) gets them,
     * standing as its dates say on that day (not a change of standing: no history line, no
     * "became overdue"): @return how many.
     */
    int enrolMissing(LocalDate today) {
        int enrolled = em.createNativeQuery("INSERT INTO connection_compliance (connection_id, version, starts_on,"
                        + " last_servicing_on, last_test_on, servicing_due_on, test_due_on, next_due_on, connection_state,"
                        + " state, evaluated_on)"
                        + " SELECT c.id, 0, c.connected_on, c.last_servicing_on, c.last_transmission_test_on,"
                        + " " + YEAR_AFTER_SERVICING + ", " + YEAR_AFTER_TEST + ","
                        + " LEAST(" + YEAR_AFTER_SERVICING + ", " + YEAR_AFTER_TEST + "),"
                        + " c.state, 'COMPLIANT', :enrolling FROM client_connection c"
                        + " WHERE NOT EXISTS (SELECT 1 FROM connection_compliance cc WHERE cc.connection_id = c.id)")
                .setParameter("enrolling", ENROLLING)
                .executeUpdate();
        if (enrolled > 0) {
            day(em.createNativeQuery("UPDATE connection_compliance cc SET state = " + STATE_ON_DAY
                    + ", evaluated_on = :today WHERE cc.evaluated_on = :enrolling"), today)
                    .setParameter("enrolling", ENROLLING)
                    .executeUpdate();
        }
        return enrolled;
    }

    /** The register's connection {@code c}'s servicing and test due dates, while nothing was recorded here. */
    private static final String YEAR_AFTER_SERVICING =
            "CAST(COALESCE(c.last_servicing_on, c.connected_on) + INTERVAL '12' MONTH AS DATE)";
    private static final String YEAR_AFTER_TEST =
            "CAST(COALESCE(c.last_transmission_test_on, c.connected_on) + INTERVAL '12' MONTH AS DATE)";
    /** {@link ConnectionCompliance#getNextDueOn} in SQL, for the row {@code cc}. */
    private static final String NEXT_DUE = "LEAST(cc.servicing_due_on, cc.test_due_on, COALESCE(cc.copy_due_on, cc.test_due_on))";

    /** The day a row just enrolled is marked with, until its standing is set in the same transaction. */
    private static final LocalDate ENROLLING = LocalDate.of(1900, 1, 1);

    /**
     * The connection's state as the register has it now (a suspension, an ending, also by POST or a
     * later legacy file), and a later servicing or test the legacy register knew of: @return how many rows changed.
     */
    int followRegister() {
        int changed = em.createNativeQuery("UPDATE connection_compliance cc SET connection_state ="
                        + " (SELECT c.state FROM client_connection c WHERE c.id = cc.connection_id), version = version + 1"
                        + " WHERE cc.connection_state <> (SELECT c.state FROM client_connection c WHERE c.id = cc.connection_id)")
                .executeUpdate();
        changed += em.createNativeQuery("UPDATE connection_compliance cc SET last_servicing_on ="
                        + " (SELECT c.last_servicing_on FROM client_connection c WHERE c.id = cc.connection_id),"
                        + " servicing_due_on = (SELECT CAST(c.last_servicing_on + INTERVAL '12' MONTH AS DATE)"
                        + " FROM client_connection c WHERE c.id = cc.connection_id), version = version + 1"
                        + " WHERE EXISTS (SELECT 1 FROM client_connection c WHERE c.id = cc.connection_id"
                        + " AND c.last_servicing_on > COALESCE(cc.last_servicing_on, DATE '1900-01-01'))")
                .executeUpdate();
        changed += em.createNativeQuery("UPDATE connection_compliance cc SET last_test_on ="
                        + " (SELECT c.last_transmission_test_on FROM client_connection c WHERE c.id = cc.connection_id),"
                        + " test_due_on = (SELECT CAST(c.last_transmission_test_on + INTERVAL '12' MONTH AS DATE)"
                        + " FROM client_connection c WHERE c.id = cc.connection_id), version = version + 1"
                        + " WHERE EXISTS (SELECT 1 FROM client_connection c WHERE c.id = cc.connection_id"
                        + " AND c.last_transmission_test_on > COALESCE(cc.last_test_on, DATE '1900-01-01'))")
                .executeUpdate();
        if (changed > 0) { // the nearest due date follows the dates that moved
            em.createNativeQuery("UPDATE connection_compliance cc SET next_due_on = " + NEXT_DUE
                    + " WHERE cc.next_due_on <> " + NEXT_DUE).executeUpdate();
        }
        return changed;
    }

    /** The rows whose kept standing is not the one of that day: [connection id, standing kept, standing of the day]. */
    List<Object[]> standingsToMove(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = day(em.createNativeQuery("SELECT cc.connection_id, cc.state, " + STATE_ON_DAY
                + " FROM connection_compliance cc WHERE cc.state <> " + STATE_ON_DAY), today).getResultList();
        return rows;
    }

    int moveStandings(LocalDate today) {
        return day(em.createNativeQuery("UPDATE connection_compliance cc SET state = " + STATE_ON_DAY
                + ", evaluated_on = :today, version = version + 1 WHERE cc.state <> " + STATE_ON_DAY), today)
                .executeUpdate();
    }

    private static jakarta.persistence.Query day(jakarta.persistence.Query query, LocalDate today) {
        return query.setParameter("today", today).setParameter("soon", today.plusDays(ComplianceState.DUE_SOON_DAYS));
    }

    /**
     * The due dates of an obligation that have reached a threshold on that day and have not had its
     * reminder: [connection id, due date]; only connections that owe it now (not suspended nor ended).
     * Overdue: a due date passed within the last {@link ComplianceSweep#CATCH_UP_DAYS} days.
     */
    List<Object[]> dueWithoutReminder(Obligation obligation, ReminderThreshold threshold, LocalDate today) {
        String column = switch (obligation) {
            case SERVICING -> "servicing_due_on";
            case TRANSMISSION_TEST -> "test_due_on";
            case RETEST -> "remediation_due_on";
            case CERTIFICATE_COPY -> "copy_due_on";
            case INFORMATION_REQUEST -> throw new IllegalArgumentException("not an obligation of a connection");
        };
        String band = " AND cc." + column + " BETWEEN :from AND :to";
        jakarta.persistence.Query query = em.createNativeQuery("SELECT cc.connection_id, cc." + column
                        + " FROM connection_compliance cc WHERE cc.connection_state = 'ACTIVE'" + band
                        + " AND NOT EXISTS (SELECT 1 FROM compliance_reminder r WHERE r.obligation = :obligation"
                        + " AND r.subject_id = cc.connection_id AND r.due_on = cc." + column
                        + " AND r.threshold = :threshold) ORDER BY cc.connection_id")
                .setParameter("obligation", obligation.name())
                .setParameter("threshold", threshold.name());
        if (threshold == ReminderThreshold.OVERDUE) {
            // once it has passed: within the days a run catches up, not the due dates of years ago that
            // a connection brought from the legacy register (staff see those on the dashboard)
            query.setParameter("from", today.minusDays(ComplianceSweep.CATCH_UP_DAYS))
                    .setParameter("to", today.minusDays(1));
        } else {
            query.setParameter("from", today.plusDays(threshold.fromDaysLeft()))
                    .setParameter("to", today.plusDays(threshold.toDaysLeft()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    // ---- the dashboard --------------------------------------------------------------------------

    /** How many connections stand in each of the dashboard's five standings (ended ones are not counted). */
    Map<ComplianceState, Long> counts(ComplianceFilter filter) {
        Map<ComplianceState, Long> counts = new EnumMap<>(ComplianceState.class);
        ComplianceState.COUNTED.forEach(s -> counts.put(s, 0L));
        TypedQuery<Object[]> query = em.createQuery("select cc.state, count(cc) from ConnectionCompliance cc"
                + filter.join() + " where cc.state <> :ended" + filter.where() + " group by cc.state", Object[].class)
                .setParameter("ended", ComplianceState.ENDED);
        filter.bind(query).getResultList().forEach(row -> counts.put((ComplianceState) row[0], (Long) row[1]));
        return counts;
    }

    List<ConnectionCompliance> list(ComplianceFilter filter, int first, int max) {
        TypedQuery<ConnectionCompliance> query = em.createQuery("select cc from ConnectionCompliance cc"
                + " join fetch cc.connection c join fetch c.client cl where cc.state = :state" + filter.where()
                + " order by " + filter.order(), ConnectionCompliance.class)
                .setParameter("state", filter.state());
        return filter.bind(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    long count(ComplianceFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(cc) from ConnectionCompliance cc" + filter.join()
                + " where cc.state = :state" + filter.where(), Long.class).setParameter("state", filter.state());
        return filter.bind(query).getSingleResult();
    }
}
