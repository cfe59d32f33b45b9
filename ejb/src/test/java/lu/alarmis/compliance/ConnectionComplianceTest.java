package lu.alarmis.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import lu.alarmis.client.ConnectionState;

/** The due dates and the one standing of a connection, day by day. */
class ConnectionComplianceTest {

    private static final LocalDate CONNECTED = LocalDate.of(2026, 3, 10);

    private static ConnectionCompliance connectedOn(LocalDate today) {
        return new ConnectionCompliance(CONNECTED, null, null, ConnectionState.ACTIVE, today);
    }

    @Test
    void bothObligationsFallDueTwelveMonthsAfterTheConnectionWhileNothingIsRecorded() {
        ConnectionCompliance c = connectedOn(CONNECTED);

        assertThat(c.getServicingDueOn()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(c.getTestDueOn()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(c.getState()).isEqualTo(ComplianceState.COMPLIANT);
    }

    @Test
    void dueSoonWithinSixtyDaysOverdueTheDayAfterTheDueDate() {
        ConnectionCompliance c = connectedOn(CONNECTED);
        LocalDate due = LocalDate.of(2027, 3, 10);

        assertThat(c.stateOn(due.minusDays(61))).isEqualTo(ComplianceState.COMPLIANT);
        assertThat(c.stateOn(due.minusDays(60))).isEqualTo(ComplianceState.DUE_SOON);
        assertThat(c.stateOn(due)).as("due today is not late yet").isEqualTo(ComplianceState.DUE_SOON);
        assertThat(c.stateOn(due.plusDays(1))).isEqualTo(ComplianceState.OVERDUE);
    }

    @Test
    void aServicingMovesOnlyTheServicingAndAnOlderOneChangesNothing() {
        ConnectionCompliance c = connectedOn(LocalDate.of(2027, 3, 1));
        c.servicingDone(LocalDate.of(2027, 2, 20), LocalDate.of(2027, 3, 1));

        assertThat(c.getServicingDueOn()).isEqualTo(LocalDate.of(2028, 2, 20));
        assertThat(c.getTestDueOn()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(c.getState()).as("the test is still due within 60 days").isEqualTo(ComplianceState.DUE_SOON);

        c.servicingDone(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 1));
        assertThat(c.getServicingDueOn()).isEqualTo(LocalDate.of(2028, 2, 20));
    }

    @Test
    void aFailedTestOpensARemediationThatRanksAboveOverdueAndAPassedOneClosesIt() {
        LocalDate failed = LocalDate.of(2027, 3, 15);
        ConnectionCompliance c = connectedOn(failed);

        assertThat(c.tested(failed, false, failed)).isEqualTo(ConnectionCompliance.RemediationChange.OPENED);
        assertThat(c.getRemediationDueOn()).isEqualTo(failed.plusDays(30));
        assertThat(c.getTestDueOn()).as("a failed test does not meet the year's test").isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(c.getState()).isEqualTo(ComplianceState.REMEDIATION);
        assertThat(c.tested(failed.plusDays(2), false, failed.plusDays(2)))
                .as("a second failure keeps the remediation's date").isEqualTo(ConnectionCompliance.RemediationChange.NONE);
        assertThat(c.getRemediationDueOn()).isEqualTo(failed.plusDays(30));

        LocalDate passed = failed.plusDays(10);
        assertThat(c.tested(passed, true, passed)).isEqualTo(ConnectionCompliance.RemediationChange.CLOSED);
        assertThat(c.getRemediationDueOn()).isNull();
        assertThat(c.getTestDueOn()).isEqualTo(passed.plusMonths(12));
        assertThat(c.getState()).as("the servicing of 2027-03-10 is still overdue").isEqualTo(ComplianceState.OVERDUE);
    }

    @Test
    void aSuspendedConnectionIsSuspendedWhateverItsDatesAndAnEndedOneIsCountedNowhere() {
        ConnectionCompliance c = connectedOn(LocalDate.of(2027, 6, 1));
        assertThat(c.getState()).isEqualTo(ComplianceState.OVERDUE);

        c.connectionStateIs(ConnectionState.SUSPENDED, LocalDate.of(2027, 6, 1));
        assertThat(c.getState()).isEqualTo(ComplianceState.SUSPENDED);
        c.connectionStateIs(ConnectionState.ENDED, LocalDate.of(2027, 6, 1));
        assertThat(c.getState()).isEqualTo(ComplianceState.ENDED);
    }

    @Test
    void aRequestedCopyIsADueDateLikeTheOthersUntilItIsSettled() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        ConnectionCompliance c = connectedOn(today);
        assertThat(c.getState()).isEqualTo(ComplianceState.COMPLIANT);

        c.copyRequested(today.plusDays(14), today);
        assertThat(c.getState()).isEqualTo(ComplianceState.DUE_SOON);
        assertThat(c.stateOn(today.plusDays(15))).isEqualTo(ComplianceState.OVERDUE);
        c.copySettled(today);
        assertThat(c.getState()).isEqualTo(ComplianceState.COMPLIANT);
    }
}
