package lu.alarmis.compliance;

import java.time.LocalDate;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lu.alarmis.client.Connection;
import lu.alarmis.client.ConnectionState;

/**
 * Where one connection stands with its yearly obligations: the last servicing and transmission
 * test, the dates they are next due (12 months later; from the day it was connected while nothing
 * was recorded), an open remediation (a failed test: a new one due within 30 days), the due date
 * of a certificate copy the police asked for, and the standing these give on a day. The standing
 * is kept (the dashboard counts it) and evaluated again by every change and by the daily run; the
 * same rule is written in SQL in {@link ComplianceRepository#STATE_ON_DAY}.
 */
@Entity
@Table(name = "connection_compliance")
public class ConnectionCompliance {

    /** Servicing and transmission test: once every 12 months. */
    public static final int MONTHS_BETWEEN = 12;
    /** After a failed transmission test, a new one within 30 days. */
    public static final int RETEST_DAYS = 30;

    @Id
    @Column(name = "connection_id")
    private Long connectionId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "connection_id")
    private Connection connection;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** The day the obligations are counted from while nothing was recorded: the connection's day. */
    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;

    @Column(name = "last_servicing_on")
    private LocalDate lastServicingOn;

    /** The last transmission test that passed. */
    @Column(name = "last_test_on")
    private LocalDate lastTestOn;

    @Column(name = "servicing_due_on", nullable = false)
    private LocalDate servicingDueOn;

    @Column(name = "test_due_on", nullable = false)
    private LocalDate testDueOn;

    /** The failed test that opened the remediation; none: no remediation open. */
    @Column(name = "remediation_opened_on")
    private LocalDate remediationOpenedOn;

    @Column(name = "remediation_due_on")
    private LocalDate remediationDueOn;

    /** The due date of the certificate copy the police asked for and have not accepted yet. */
    @Column(name = "copy_due_on")
    private LocalDate copyDueOn;

    /** The nearest of the due dates above (kept, so that the dashboard lists by it from an index). */
    @Column(name = "next_due_on", nullable = false)
    private LocalDate nextDueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "connection_state", nullable = false, length = 10)
    private ConnectionState connectionState;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private ComplianceState state;

    /** The day the standing was last evaluated for. */
    @Column(name = "evaluated_on", nullable = false)
    private LocalDate evaluatedOn;

    protected ConnectionCompliance() {
        // for JPA
    }

    /** A connection's obligations from the day it was made, or from what the legacy register knew. */
    ConnectionCompliance(Connection connection, LocalDate today) {
        this(connection.getConnectedOn(), connection.getLastServicingOn(), connection.getLastTransmissionTestOn(),
                connection.getState(), today);
        this.connection = connection;
    }

    /** The obligations counted from these days (the rule alone, as the unit tests use it). */
    ConnectionCompliance(LocalDate startsOn, LocalDate lastServicingOn, LocalDate lastTestOn,
                         ConnectionState connectionState, LocalDate today) {
        this.startsOn = startsOn;
        this.lastServicingOn = lastServicingOn;
        this.lastTestOn = lastTestOn;
        this.servicingDueOn = yearAfter(lastServicingOn);
        this.testDueOn = yearAfter(lastTestOn);
        this.connectionState = connectionState;
        evaluate(today);
    }

    private LocalDate yearAfter(LocalDate last) {
        return (last == null ? startsOn : last).plusMonths(MONTHS_BETWEEN);
    }

    /** A servicing was done on that day: the next is due a year later (an older one changes nothing). */
    void servicingDone(LocalDate servicedOn, LocalDate today) {
        if (lastServicingOn == null || servicedOn.isAfter(lastServicingOn)) {
            lastServicingOn = servicedOn;
            servicingDueOn = yearAfter(servicedOn);
        }
        evaluate(today);
    }

    /**
     * A transmission test: one that passed moves the next to a year later and closes a remediation;
     * one that failed opens a remediation, a new test due within {@link #RETEST_DAYS} days (an open
     * one keeps its date). A test older than the last one that passed changes nothing.
     */
    RemediationChange tested(LocalDate testedOn, boolean passed, LocalDate today) {
        RemediationChange change = RemediationChange.NONE;
        if (lastTestOn != null && testedOn.isBefore(lastTestOn)) {
            return change;
        }
        if (passed) {
            lastTestOn = testedOn;
            testDueOn = yearAfter(testedOn);
            if (remediationOpenedOn != null && !testedOn.isBefore(remediationOpenedOn)) {
                remediationOpenedOn = null;
                remediationDueOn = null;
                change = RemediationChange.CLOSED;
            }
        } else if (remediationOpenedOn == null) {
            remediationOpenedOn = testedOn;
            remediationDueOn = testedOn.plusDays(RETEST_DAYS);
            change = RemediationChange.OPENED;
        }
        evaluate(today);
        return change;
    }

    enum RemediationChange {
        NONE, OPENED, CLOSED
    }

    void copyRequested(LocalDate dueOn, LocalDate today) {
        this.copyDueOn = dueOn;
        evaluate(today);
    }

    /** The police accepted the copy, or no longer wait for one. */
    void copySettled(LocalDate today) {
        this.copyDueOn = null;
        evaluate(today);
    }

    void connectionStateIs(ConnectionState now, LocalDate today) {
        this.connectionState = now;
        evaluate(today);
    }

    /** Evaluates the standing for that day; @return the standing before. */
    ComplianceState evaluate(LocalDate today) {
        ComplianceState before = state;
        nextDueOn = getNextDueOn();
        state = stateOn(today);
        evaluatedOn = today;
        return before;
    }

    /** The first that applies of: ended, suspended, remediation, overdue, due soon, compliant. */
    public ComplianceState stateOn(LocalDate today) {
        if (connectionState == ConnectionState.ENDED) {
            return ComplianceState.ENDED;
        }
        if (connectionState == ConnectionState.SUSPENDED) {
            return ComplianceState.SUSPENDED;
        }
        if (remediationDueOn != null) {
            return ComplianceState.REMEDIATION;
        }
        LocalDate next = getNextDueOn();
        if (next.isBefore(today)) {
            return ComplianceState.OVERDUE;
        }
        return next.isAfter(today.plusDays(ComplianceState.DUE_SOON_DAYS)) ? ComplianceState.COMPLIANT
                : ComplianceState.DUE_SOON;
    }

    /** The nearest of the servicing's, the test's and a requested copy's due dates. */
    public LocalDate getNextDueOn() {
        return Stream.of(servicingDueOn, testDueOn, copyDueOn).filter(d -> d != null).min(LocalDate::compareTo)
                .orElseThrow();
    }

    public Long getConnectionId() {
        return connectionId;
    }

    public Connection getConnection() {
        return connection;
    }

    public long getVersion() {
        return version;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getLastServicingOn() {
        return lastServicingOn;
    }

    public LocalDate getLastTestOn() {
        return lastTestOn;
    }

    public LocalDate getServicingDueOn() {
        return servicingDueOn;
    }

    public LocalDate getTestDueOn() {
        return testDueOn;
    }

    public LocalDate getRemediationOpenedOn() {
        return remediationOpenedOn;
    }

    public LocalDate getRemediationDueOn() {
        return remediationDueOn;
    }

    public LocalDate getCopyDueOn() {
        return copyDueOn;
    }

    public ConnectionState getConnectionState() {
        return connectionState;
    }

    public ComplianceState getState() {
        return state;
    }

    public LocalDate getEvaluatedOn() {
        return evaluatedOn;
    }
}
