package lu.alarmis.it.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.client.ClientRegister;
import lu.alarmis.client.ConnectionEventKind;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.compliance.ComplianceDesk;
import lu.alarmis.compliance.ComplianceFile;
import lu.alarmis.compliance.ComplianceFilter;
import lu.alarmis.compliance.ComplianceState;
import lu.alarmis.compliance.ComplianceTimer;
import lu.alarmis.compliance.ConnectionCompliance;
import lu.alarmis.compliance.CopyRequest;
import lu.alarmis.compliance.CopyRequestState;
import lu.alarmis.compliance.MyObligations;
import lu.alarmis.compliance.ServicingRecord;
import lu.alarmis.decision.IntendedDecision;
import lu.alarmis.decision.IntendedDecisionService;
import lu.alarmis.decision.Measure;
import lu.alarmis.it.support.AsApplicantOne;
import lu.alarmis.it.support.AsApplicantTwo;
import lu.alarmis.it.support.AsOperator;
import lu.alarmis.it.support.AsSupervisorOne;
import lu.alarmis.it.support.AsSupervisorTwo;
import lu.alarmis.it.support.DatabaseDependent;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.PostPartner;
import lu.alarmis.it.support.RequestFixtures;
import lu.alarmis.it.support.TestClock;
import lu.alarmis.notification.NotificationService;
import lu.alarmis.partner.post.PartnerMessage;
import lu.alarmis.partner.post.PartnerTrafficService;

/**
 * The yearly obligations (procedure 3) on the real server, database and broker, with the day set
 * by the test ({@link TestClock}): the reminders at 60, 30 and 7 days and when overdue, each once
 * whatever runs twice; POST's test reports moving the due date and opening and closing a
 * remediation; a copy of the certificate asked for, answered, sent back and accepted; suspension
 * and reinstatement with POST told; the dashboard's counts against the data; and another
 * organisation's eSpace seeing none of it.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(DatabaseDependent.TAG)
class ComplianceIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithClock(ComplianceIT.class);
    }

    @EJB(lookup = Deployments.EJB_GLOBAL + "ComplianceTimer")
    private ComplianceTimer timer;

    @EJB(lookup = Deployments.EJB_GLOBAL + "ComplianceDesk")
    private ComplianceDesk desk;

    @EJB(lookup = Deployments.EJB_GLOBAL + "MyObligations")
    private MyObligations mine;

    @EJB(lookup = Deployments.EJB_GLOBAL + "ClientRegister")
    private ClientRegister register;

    @EJB(lookup = Deployments.EJB_GLOBAL + "IntendedDecisionService")
    private IntendedDecisionService decisions;

    @EJB(lookup = Deployments.EJB_GLOBAL + "NotificationService")
    private NotificationService notifications;

    @EJB(lookup = Deployments.EJB_GLOBAL + "RequestReviewService")
    private lu.alarmis.request.RequestReviewService review;

    @EJB(lookup = Deployments.EJB_GLOBAL + "PartnerTrafficService")
    private PartnerTrafficService traffic;

    @Inject
    private TestClock clock;

    @Inject
    private RequestFixtures fixtures;

    @Inject
    private AsApplicantOne applicant;

    @Inject
    private AsApplicantTwo otherApplicant;

    @Inject
    private AsOperator operator;

    @Inject
    private AsSupervisorOne supervisorOne;

    @Inject
    private AsSupervisorTwo supervisorTwo;

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    private long espace;

    @BeforeEach
    void setUp() throws Exception {
        clock.reset();
        fixtures.people();
        espace = fixtures.espaceOf(AsApplicantOne.EMAIL);
        // Each test starts its days from today: earlier tests moved the clock, and the job's last day with it.
        sql("delete from daily_run where job = 'compliance' and run_on >= current_date");
        sql("update daily_job set last_run_on = null where job = 'compliance'");
    }

    /**
     * Back to the real day for the tests that come after, on the same database: the days this test
     * ran from today on are forgotten, and a run on the real day puts the standings back.
     */
    @AfterEach
    void realDay() throws Exception {
        clock.reset();
        sql("delete from daily_run where job = 'compliance' and run_on >= current_date");
        sql("update daily_job set last_run_on = null where job = 'compliance'");
        timer.wake();
    }

    @Test
    void remindersGoSixtyThirtyAndSevenDaysBeforeAndWhenOverdueEachOnceWhateverRunsTwice() throws Exception {
        long connectionId = connected("Clervaux");
        LocalDate due = file(connectionId).compliance().getServicingDueOn();
        assertThat(due).as("a year after the approval").isEqualTo(clock.today().plusMonths(12));

        clock.moveTo(due.minusDays(61));
        timer.wake();
        assertThat(reminders(connectionId)).as("61 days before: nothing yet").isEmpty();

        clock.moveTo(due.minusDays(60));
        timer.wake();
        timer.wake();
        assertThat(reminders(connectionId)).as("60 days before, woken twice the same day")
                .containsExactlyInAnyOrder("SERVICING DAYS_60", "TRANSMISSION_TEST DAYS_60");
        assertThat(state(connectionId)).isEqualTo(ComplianceState.DUE_SOON);

        // As if the day's claim were lost (a restart between two runs): the database still holds each reminder once.
        sql("update daily_job set last_run_on = null where job = 'compliance'");
        sql("delete from daily_run where job = 'compliance'");
        timer.wake();
        assertThat(reminders(connectionId)).hasSize(2);
        assertThatThrownBy(() -> sql("insert into compliance_reminder (id, obligation, subject_id, due_on, threshold, sent_on,"
                + " created_at) values (-1, 'SERVICING', " + connectionId + ", date '" + due + "', 'DAYS_60', date '"
                + due + "', current_timestamp)"))
                .as("the database refuses a second reminder for the same due date and threshold")
                .satisfies(refused -> assertThat(java.util.stream.Stream.iterate(refused, e -> e != null, Throwable::getCause)
                        .map(String::valueOf).collect(Collectors.joining(" ")).toLowerCase())
                        .contains("uk_compliance_reminder"));

        clock.moveTo(due.minusDays(30));
        timer.wake();
        clock.moveTo(due.minusDays(7));
        timer.wake();
        clock.moveTo(due.minusDays(6));
        timer.wake();
        assertThat(reminders(connectionId)).containsExactlyInAnyOrder("SERVICING DAYS_60", "TRANSMISSION_TEST DAYS_60",
                "SERVICING DAYS_30", "TRANSMISSION_TEST DAYS_30", "SERVICING DAYS_7", "TRANSMISSION_TEST DAYS_7");

        clock.moveTo(due.plusDays(1));
        timer.wake();
        timer.wake();
        assertThat(reminders(connectionId)).filteredOn(r -> r.endsWith("OVERDUE"))
                .containsExactlyInAnyOrder("SERVICING OVERDUE", "TRANSMISSION_TEST OVERDUE");
        assertThat(state(connectionId)).isEqualTo(ComplianceState.OVERDUE);
        assertThat(history(connectionId)).as("marked overdue once, by the daily run")
                .filteredOn(line -> line.startsWith("OBLIGATION_OVERDUE")).containsExactly("OBLIGATION_OVERDUE SYSTEM");

        assertThat(inbox(connectionId)).as("what the client read: one notice per reminder, with the due date")
                .containsExactlyInAnyOrder(
                        "SERVICING_DUE " + due, "SERVICING_DUE " + due, "SERVICING_DUE " + due,
                        "TRANSMISSION_TEST_DUE " + due, "TRANSMISSION_TEST_DUE " + due, "TRANSMISSION_TEST_DUE " + due,
                        "SERVICING_OVERDUE " + due, "TRANSMISSION_TEST_OVERDUE " + due);
    }

    @Test
    void postsTestReportMovesTheDueDateAFailedOneOpensARemediationAndAPassedOneClosesIt() throws Exception {
        long connectionId = connected("Mersch");
        String clientNumber = operator.call(() -> register.connection(connectionId)).getClientNumber();
        LocalDate today = clock.today();
        PostPartner post = new PostPartner();

        post.send("TRANSMISSION_TEST_REPORTED", report(clientNumber, today.minusDays(1), "FAILED",
                "No signal at the CIN."));
        awaitHistory(connectionId, ConnectionEventKind.REMEDIATION_OPENED);
        ConnectionCompliance failed = file(connectionId).compliance();
        assertThat(failed.getState()).isEqualTo(ComplianceState.REMEDIATION);
        assertThat(failed.getRemediationDueOn()).isEqualTo(today.minusDays(1).plusDays(30));
        assertThat(inbox(connectionId)).contains("REMEDIATION_OPENED " + today.minusDays(1).plusDays(30));

        clock.moveTo(failed.getRemediationDueOn().minusDays(7));
        timer.wake();
        assertThat(reminders(connectionId)).as("the new test is reminded like the others").contains("RETEST DAYS_7");
        clock.reset();

        post.send("TRANSMISSION_TEST_REPORTED", report(clientNumber, today, "PASSED", "Signal received in 3 s."));
        awaitHistory(connectionId, ConnectionEventKind.REMEDIATION_CLOSED);
        ConnectionCompliance passed = file(connectionId).compliance();
        assertThat(passed.getRemediationDueOn()).isNull();
        assertThat(passed.getLastTestOn()).isEqualTo(today);
        assertThat(passed.getTestDueOn()).as("a year after the test that passed").isEqualTo(today.plusMonths(12));
        assertThat(passed.getState()).isEqualTo(ComplianceState.COMPLIANT);
        assertThat(file(connectionId).tests()).extracting(t -> t.isPassed() + " " + t.getSource())
                .containsExactly("true POST", "false POST");
    }

    @Test
    void aCopyOfTheCertificateIsAskedForAnsweredSentBackAndAccepted() throws Exception {
        long connectionId = connected("Wiltz");
        LocalDate due = clock.today().plusDays(14);
        assertThatThrownBy(() -> operator.call(() -> desk.askForCopy(connectionId, clock.today(), null)))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("compliance.copy.dueInFuture"));
        CopyRequest asked = operator.call(() -> desk.askForCopy(connectionId, due, "For the yearly check."));
        assertThat(state(connectionId)).as("a copy due within 60 days").isEqualTo(ComplianceState.DUE_SOON);
        assertThat(inbox(connectionId)).contains("CERTIFICATE_COPY_REQUESTED " + due);
        assertThatThrownBy(() -> operator.call(() -> desk.askForCopy(connectionId, due, null)))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("compliance.copy.alreadyOpen"));

        assertThatThrownBy(() -> applicant.call(() -> mine.recordServicing(espace, connectionId,
                clock.today().plusDays(1), "Sécurité Moselle", "certificate.pdf", RequestFixtures.pdf())))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("compliance.servicing.dateInFuture"));
        assertThatThrownBy(() -> applicant.call(() -> mine.recordServicing(espace, connectionId, clock.today(),
                "Sécurité Moselle", "certificate.pdf", "not a pdf".getBytes())))
                .as("a file that is not what it claims leaves nothing").isInstanceOf(BusinessException.class);
        assertThat(file(connectionId).servicings()).isEmpty();

        LocalDate servicedOn = clock.today().minusDays(3);
        byte[] certificate = RequestFixtures.pdf();
        ServicingRecord servicing = applicant.call(() -> mine.recordServicing(espace, connectionId, servicedOn,
                "Sécurité Moselle", "certificate.pdf", certificate));
        assertThat(copy(connectionId).getState()).as("the servicing answers the request").isEqualTo(CopyRequestState.ANSWERED);
        assertThat(file(connectionId).compliance().getServicingDueOn()).isEqualTo(servicedOn.plusMonths(12));

        assertThatThrownBy(() -> operator.call(() -> desk.sendBackCopy(asked.getId(), copy(connectionId).getVersion(), " ")))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("compliance.copy.reasonRequired"));
        operator.call(() -> desk.sendBackCopy(asked.getId(), copy(connectionId).getVersion(), "The page with the signature is missing."));
        assertThat(copy(connectionId).getState()).isEqualTo(CopyRequestState.SENT_BACK);
        assertThat(inbox(connectionId)).contains("CERTIFICATE_COPY_SENT_BACK The page with the signature is missing.");

        applicant.call(() -> mine.answerCopy(espace, asked.getId(), servicing.getId()));
        operator.call(() -> desk.acceptCopy(asked.getId(), copy(connectionId).getVersion()));
        assertThat(file(connectionId).copyRequests()).singleElement()
                .satisfies(r -> assertThat(r.getState()).isEqualTo(CopyRequestState.ACCEPTED));
        assertThat(file(connectionId).compliance().getCopyDueOn()).isNull();
        assertThat(state(connectionId)).isEqualTo(ComplianceState.COMPLIANT);
        assertThat(history(connectionId)).containsSubsequence("COPY_REQUESTED PGD", "SERVICING_RECORDED CLIENT",
                "COPY_ANSWERED CLIENT", "COPY_SENT_BACK PGD", "COPY_ANSWERED CLIENT", "COPY_ACCEPTED PGD");
        assertThat(operator.call(() -> mine.download(servicing.getId())).content()).isEqualTo(certificate);
    }

    @Test
    void aSupervisorSuspendsANonCompliantConnectionThroughAnIntendedDecisionAndReinstatesItWithPostTold() throws Exception {
        long connectionId = connected("Diekirch");
        IntendedDecision announced = supervisorOne.call(() -> decisions.announce(Measure.SUSPEND_CONNECTION, connectionId,
                "No servicing certificate for two years.", LocalDate.now(lu.alarmis.common.Luxembourg.ZONE).plusDays(8)));
        sql("update intended_decision set answer_due = date '" + LocalDate.now(lu.alarmis.common.Luxembourg.ZONE).minusDays(1)
                + "' where id = " + announced.getId());
        supervisorTwo.call(() -> decisions.decide(announced.getId(), decisions.get(announced.getId()).getVersion(), true,
                "No answer; the servicing is two years late."));

        assertThat(state(connectionId)).as("the standing follows at once").isEqualTo(ComplianceState.SUSPENDED);
        assertThat(inbox(connectionId)).anyMatch(n -> n.startsWith("CONNECTION_SUSPENDED"));
        long version = operator.call(() -> register.connection(connectionId)).getVersion();
        supervisorTwo.call(() -> register.reinstate(connectionId, version, "The certificate arrived."));
        assertThat(state(connectionId)).isEqualTo(ComplianceState.COMPLIANT);
        awaitPostTold(connectionId, "CONNECTION_SUSPENDED", "CONNECTION_REINSTATED");

        assertThatThrownBy(() -> applicant.call(() -> desk.file(connectionId))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theDashboardsCountsAreTheStandingsOfTheDataAfterTheDailyRunOnEveryBoundary() throws Exception {
        long plain = connected("Echternach");
        long copied = connected("Echternach");
        long failed = connected("Echternach");
        LocalDate today = clock.today();
        operator.call(() -> desk.askForCopy(copied, today.plusDays(14), null));
        operator.call(() -> desk.recordTest(failed, today, false, "No signal."));
        LocalDate due = file(plain).compliance().getServicingDueOn();

        for (LocalDate day : List.of(today, today.plusDays(14), today.plusDays(15), due.minusDays(61), due.minusDays(60),
                due, due.plusDays(1))) {
            clock.moveTo(day);
            timer.wake();
            Map<ComplianceState, Long> counts = operator.call(() -> desk.counts(ComplianceFilter.all(ComplianceState.OVERDUE)));
            Map<ComplianceState, Long> expected = fixtures.read(() -> em.createQuery(
                    "select cc from ConnectionCompliance cc", ConnectionCompliance.class).getResultList()).stream()
                    .map(cc -> cc.stateOn(day)).filter(s -> s != ComplianceState.ENDED)
                    .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            for (ComplianceState s : ComplianceState.COUNTED) {
                assertThat(counts.get(s)).as(s + " on " + day + " (the day " + (day.toEpochDay() - today.toEpochDay())
                        + ")").isEqualTo(expected.getOrDefault(s, 0L));
            }
        }
        assertThat(state(plain)).isEqualTo(ComplianceState.OVERDUE);
        assertThat(state(failed)).isEqualTo(ComplianceState.REMEDIATION);
        assertThat(operator.call(() -> desk.count(ComplianceFilter.all(ComplianceState.OVERDUE))))
                .isEqualTo(operator.call(() -> desk.counts(ComplianceFilter.all(ComplianceState.OVERDUE)))
                        .get(ComplianceState.OVERDUE));
        assertThat(operator.call(() -> desk.list(new ComplianceFilter(ComplianceState.OVERDUE, "echter", null), 0, 500)))
                .as("the list behind the figure, by the start of the locality")
                .extracting(ConnectionCompliance::getConnectionId).contains(plain, copied)
                .allSatisfy(id -> assertThat(operator.call(() -> register.connection(id)).getSite().getLocality())
                        .isEqualTo("Echternach"));
    }

    @Test
    void anotherOrganisationsEspaceSeesNoneOfItAndTheAttemptIsRefusedTheSameWay() throws Exception {
        long connectionId = connected("Vianden");
        ServicingRecord servicing = applicant.call(() -> mine.recordServicing(espace, connectionId, clock.today(),
                "Alarmes du Nord", "certificate.pdf", RequestFixtures.pdf()));
        CopyRequest asked = operator.call(() -> desk.askForCopy(connectionId, clock.today().plusDays(20), null));
        long otherEspace = fixtures.espaceOf(AsApplicantTwo.EMAIL);

        assertThatThrownBy(() -> otherApplicant.call(() -> mine.file(otherEspace, connectionId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> otherApplicant.call(() -> mine.file(espace, connectionId)))
                .as("an eSpace the caller is not a member of").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> otherApplicant.call(() -> mine.recordServicing(otherEspace, connectionId, clock.today(),
                "X", "certificate.pdf", RequestFixtures.pdf()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> otherApplicant.call(() -> mine.download(servicing.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> otherApplicant.call(() -> mine.answerCopy(otherEspace, asked.getId(), servicing.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(applicant.call(() -> mine.file(espace, connectionId)).servicings()).hasSize(1);
    }

    @Test
    void anUnansweredInformationRequestIsRemindedBeforeItsDueDateAndOnceOverdueAndStaffSeeItOverdue() throws Exception {
        long requestId = fixtures.filed("Redange", "ORD-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        operator.call(() -> review.recordPostAnswer(requestId, fixtures.version(requestId), true, "LINE-" + requestId,
                "test: by hand"));
        LocalDate due = clock.today().plusDays(12);
        operator.call(() -> review.askForInformation(requestId, fixtures.version(requestId),
                "Please send the installer's certificate.", due));

        clock.moveTo(due.minusDays(8));
        timer.wake();
        assertThat(requestInbox(requestId)).as("8 days before: nothing yet").isEmpty();
        clock.moveTo(due.minusDays(7));
        timer.wake();
        timer.wake();
        assertThat(requestInbox(requestId)).containsExactly("INFORMATION_DUE " + due);
        lu.alarmis.request.WorkQueueFilter waiting = new lu.alarmis.request.WorkQueueFilter();
        waiting.setState(lu.alarmis.request.RequestState.INFO_REQUESTED);
        assertThat(operator.call(() -> review.workQueue(waiting, 0, 500)).stream()
                .filter(row -> row.id() == requestId).findFirst().orElseThrow().informationDue())
                .as("the queue's line carries the due date").isEqualTo(due);

        clock.moveTo(due.plusDays(1));
        timer.wake();
        clock.moveTo(due.plusDays(2));
        timer.wake();
        assertThat(requestInbox(requestId)).containsExactlyInAnyOrder("INFORMATION_DUE " + due, "INFORMATION_OVERDUE " + due);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private List<String> requestInbox(long requestId) throws Exception {
        return applicant.call(() -> notifications.inbox(espace)).stream()
                .filter(n -> Long.valueOf(requestId).equals(n.getRequestId()))
                .filter(n -> n.getKind().name().matches("INFORMATION_(DUE|OVERDUE)"))
                .map(n -> n.getKind() + " " + n.getDetail()).toList();
    }

    private long connected(String locality) throws Exception {
        return fixtures.approved(locality).getConnection().getId();
    }

    private ComplianceFile file(long connectionId) throws Exception {
        return operator.call(() -> desk.file(connectionId));
    }

    private ComplianceState state(long connectionId) throws Exception {
        return file(connectionId).compliance().getState();
    }

    private CopyRequest copy(long connectionId) throws Exception {
        return file(connectionId).openCopyRequest().orElseThrow();
    }

    private List<String> reminders(long connectionId) throws Exception {
        return file(connectionId).reminders().stream().map(r -> r.getObligation() + " " + r.getThreshold()).toList();
    }

    private List<String> history(long connectionId) throws Exception {
        return operator.call(() -> register.history(connectionId)).stream()
                .map(e -> e.getKind() + " " + e.getActorKind()).toList();
    }

    private List<String> inbox(long connectionId) throws Exception {
        return applicant.call(() -> notifications.inbox(espace)).stream()
                .filter(n -> Long.valueOf(connectionId).equals(n.getConnectionId()))
                .map(n -> n.getKind() + " " + n.getDetail()).toList();
    }

    private void awaitHistory(long connectionId, ConnectionEventKind kind) throws Exception {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (operator.call(() -> register.history(connectionId)).stream().noneMatch(e -> e.getKind() == kind)) {
            assertThat(Instant.now()).as(kind + " in the history").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private void awaitPostTold(long connectionId, String... types) throws Exception {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!operator.call(() -> traffic.aboutConnections(List.of(connectionId))).stream()
                .map(PartnerMessage::getMessageType).toList().containsAll(List.of(types))) {
            assertThat(Instant.now()).as("POST told " + List.of(types)).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private static String report(String clientNumber, LocalDate testedOn, String result, String details) {
        return "<TransmissionTestReported xmlns=\"urn:lu:alarmis:post:1\"><clientNumber>" + clientNumber
                + "</clientNumber><testedAt>" + testedOn + "T10:00:00Z</testedAt><result>" + result
                + "</result><details>" + details + "</details></TransmissionTestReported>";
    }

    private void sql(String statement) throws Exception {
        tx.begin();
        try {
            em.createNativeQuery(statement).executeUpdate();
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }
}
