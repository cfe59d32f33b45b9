package lu.alarmis.it.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.client.ClientRegister;
import lu.alarmis.client.ConnectionState;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.Luxembourg;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.decision.AnswerDocument;
import lu.alarmis.decision.IntendedDecision;
import lu.alarmis.decision.IntendedDecisionService;
import lu.alarmis.decision.IntendedDecisionState;
import lu.alarmis.decision.Measure;
import lu.alarmis.decision.SubjectKind;
import lu.alarmis.document.DocumentDownload;
import lu.alarmis.it.support.AsApplicantOne;
import lu.alarmis.it.support.AsApplicantTwo;
import lu.alarmis.it.support.AsOperator;
import lu.alarmis.it.support.AsSupervisorOne;
import lu.alarmis.it.support.AsSupervisorTwo;
import lu.alarmis.it.support.DatabaseDependent;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.RequestFixtures;
import lu.alarmis.notification.NotificationService;

/**
 * Suspending or ending a connection on the police's own initiative (PANC, art. 9), on the real
 * server and database: announced with reasons and at least eight days to answer, answered by the
 * client with text and documents, decided by another supervisor with reasons; only a stated
 * urgency skips the wait. Each step is in the connection's history and the client's inbox.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(DatabaseDependent.TAG)
class IntendedDecisionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(IntendedDecisionIT.class);
    }

    @EJB(lookup = Deployments.EJB_GLOBAL + "IntendedDecisionService")
    private IntendedDecisionService decisions;

    @EJB(lookup = Deployments.EJB_GLOBAL + "ClientRegister")
    private ClientRegister register;

    @EJB(lookup = Deployments.EJB_GLOBAL + "NotificationService")
    private NotificationService notifications;

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
    void people() throws Exception {
        fixtures.people();
        espace = fixtures.espaceOf(AsApplicantOne.EMAIL);
    }

    @Test
    void anAnnouncedSuspensionWaitsForTheClientsAnswerAndAnotherSupervisorDecidesWithReasons() throws Exception {
        long connectionId = connected("Wiltz");
        LocalDate today = LocalDate.now(Luxembourg.ZONE);

        assertThatThrownBy(() -> operator.call(() -> decisions.announce(Measure.SUSPEND_CONNECTION, connectionId,
                "No servicing certificate.", today.plusDays(7))))
                .as("less than eight days to answer").isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("decision.answerDueTooSoon"));
        assertThatThrownBy(() -> operator.call(() -> decisions.announce(Measure.SUSPEND_CONNECTION, connectionId,
                "  ", today.plusDays(8))))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("decision.reasonsRequired"));
        IntendedDecision announced = supervisorOne.call(() -> decisions.announce(Measure.SUSPEND_CONNECTION, connectionId,
                "No servicing certificate for 2025 (règlement, art. 4).", today.plusDays(8)));

        assertThat(state(connectionId)).as("nothing is decided yet").isEqualTo(ConnectionState.ACTIVE);
        assertThat(inbox()).as("the client is told what is intended and why")
                .contains("SUSPENSION_INTENDED: No servicing certificate for 2025 (règlement, art. 4).");
        assertThatThrownBy(() -> operator.call(() -> decisions.announce(Measure.END_CONNECTION, connectionId,
                "Also this.", today.plusDays(8))))
                .as("one intended decision at a time").isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("decision.alreadyOpen"));
        assertThatThrownBy(() -> supervisorTwo.call(() -> decisions.decide(announced.getId(), announced.getVersion(), true,
                "No answer.")))
                .as("not before the answer or the date").isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("decision.answerAwaited"));

        // The client answers with a document, then text.
        byte[] certificate = RequestFixtures.pdf();
        AnswerDocument document = applicant.call(() -> decisions.attach(espace, announced.getId(), "certificate.pdf",
                certificate));
        assertThatThrownBy(() -> applicant.call(() -> decisions.attach(espace, announced.getId(), "fake.pdf",
                "not a pdf".getBytes())))
                .as("an upload that is not what it claims").isInstanceOf(BusinessException.class);
        IntendedDecision answered = applicant.call(() -> decisions.answer(espace, announced.getId(),
                announced.getVersion(), "The servicing was done in March; the certificate is attached."));
        assertThat(answered.getState()).isEqualTo(IntendedDecisionState.ANSWERED);
        assertThat(operator.call(() -> decisions.about(SubjectKind.CONNECTION, List.of(connectionId))))
                .singleElement().satisfies(d -> {
                    assertThat(d.getAnswer()).startsWith("The servicing was done in March");
                    assertThat(d.getAnsweredBy()).isEqualTo(AsApplicantOne.EMAIL);
                    assertThat(d.getDocuments()).extracting(AnswerDocument::getFileName).containsExactly("certificate.pdf");
                });
        DocumentDownload download = operator.call(() -> decisions.download(document.getId()));
        assertThat(download.content()).isEqualTo(certificate);

        assertThatThrownBy(() -> supervisorOne.call(() -> decisions.decide(announced.getId(), answered.getVersion(), true,
                "Overdue.")))
                .as("four eyes: not the one who announced it").isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("decision.fourEyes"));
        assertThatThrownBy(() -> operator.call(() -> decisions.decide(announced.getId(), answered.getVersion(), true,
                "Overdue."))).isInstanceOf(EJBAccessException.class);
        IntendedDecision dropped = supervisorTwo.call(() -> decisions.decide(announced.getId(), answered.getVersion(), false,
                "The certificate of March 2026 shows the servicing was done."));

        assertThat(dropped.getState()).isEqualTo(IntendedDecisionState.DROPPED);
        assertThat(state(connectionId)).isEqualTo(ConnectionState.ACTIVE);
        assertThat(inbox()).contains("INTENDED_DECISION_DROPPED: The certificate of March 2026 shows the servicing was done.");
        assertThat(history(connectionId)).containsSubsequence(
                "SUSPENSION_INTENDED PGD " + AsSupervisorOne.EMAIL,
                "INTENDED_DECISION_ANSWERED CLIENT " + AsApplicantOne.EMAIL,
                "INTENDED_DECISION_DROPPED PGD " + AsSupervisorTwo.EMAIL);
        assertThat(applicant.call(() -> register.historyForMyEspace(espace, connectionId)))
                .as("the client sees each step of its file").extracting(e -> e.getKind().name())
                .contains("SUSPENSION_INTENDED", "INTENDED_DECISION_ANSWERED", "INTENDED_DECISION_DROPPED");
    }

    @Test
    void withoutAnAnswerTheMeasureIsDecidedAfterTheDateAndToldToTheClientWithItsReasons() throws Exception {
        long connectionId = connected("Vianden");
        IntendedDecision announced = operator.call(() -> decisions.announce(Measure.END_CONNECTION, connectionId,
                "The site was sold; the alarm calls patrols to an empty building.",
                LocalDate.now(Luxembourg.ZONE).plusDays(15)));
        answerDueYesterday(announced.getId());
        IntendedDecision stale = announced;

        IntendedDecision taken = supervisorTwo.call(() -> decisions.decide(announced.getId(),
                decisions.get(announced.getId()).getVersion(), true, "No answer came; the site is empty."));

        assertThat(taken.getState()).isEqualTo(IntendedDecisionState.TAKEN);
        assertThat(state(connectionId)).isEqualTo(ConnectionState.ENDED);
        assertThat(inbox()).contains("CONNECTION_ENDED: No answer came; the site is empty.");
        assertThatThrownBy(() -> applicant.call(() -> decisions.answer(espace, announced.getId(), stale.getVersion(),
                "Too late")))
                .as("a decided measure takes no answer").isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> operator.call(() -> decisions.announce(Measure.SUSPEND_CONNECTION, connectionId,
                "Again.", LocalDate.now(Luxembourg.ZONE).plusDays(8))))
                .as("an ended connection").isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("connection.notActive"));
    }

    @Test
    void onlyASupervisorStatingAnUrgencyTakesTheMeasureAtOnce() throws Exception {
        long connectionId = connected("Remich");
        assertThatThrownBy(() -> operator.call(() -> decisions.takeUrgently(Measure.SUSPEND_CONNECTION, connectionId,
                "False alarms.", "Every night."))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> supervisorOne.call(() -> decisions.takeUrgently(Measure.SUSPEND_CONNECTION, connectionId,
                "False alarms.", " ")))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("decision.urgencyRequired"));

        IntendedDecision urgent = supervisorOne.call(() -> decisions.takeUrgently(Measure.SUSPEND_CONNECTION, connectionId,
                "Twelve false alarms in a week.", "Each one sends a patrol away from real emergencies."));

        assertThat(urgent.getState()).isEqualTo(IntendedDecisionState.TAKEN);
        assertThat(urgent.getUrgency()).isEqualTo("Each one sends a patrol away from real emergencies.");
        assertThat(state(connectionId)).isEqualTo(ConnectionState.SUSPENDED);
        assertThat(inbox()).contains("CONNECTION_SUSPENDED: Twelve false alarms in a week.");
        assertThat(applicant.call(() -> decisions.aboutForMyEspace(espace, SubjectKind.CONNECTION, connectionId)))
                .as("the client reads the decision and the urgency on its page").singleElement()
                .satisfies(d -> assertThat(d.getUrgency()).isEqualTo(urgent.getUrgency()));
    }

    @Test
    void anotherOrganisationNeitherReadsNorAnswersNorDownloads() throws Exception {
        long connectionId = connected("Clervaux");
        IntendedDecision announced = operator.call(() -> decisions.announce(Measure.SUSPEND_CONNECTION, connectionId,
                "No transmission test this year.", LocalDate.now(Luxembourg.ZONE).plusDays(8)));
        AnswerDocument document = applicant.call(() -> decisions.attach(espace, announced.getId(), "test-report.pdf",
                RequestFixtures.pdf()));
        long theirs = fixtures.espaceOf(AsApplicantTwo.EMAIL);

        assertThatThrownBy(() -> otherApplicant.call(() -> decisions.aboutForMyEspace(theirs, SubjectKind.CONNECTION,
                connectionId))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> otherApplicant.call(() -> decisions.answer(theirs, announced.getId(), announced.getVersion(),
                "Not mine"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> otherApplicant.call(() -> decisions.attach(theirs, announced.getId(), "x.pdf",
                RequestFixtures.pdf()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> otherApplicant.call(() -> decisions.answer(espace, announced.getId(), announced.getVersion(),
                "Not my eSpace"))).as("an eSpace the caller is not a member of").isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> otherApplicant.call(() -> decisions.download(document.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> applicant.call(() -> decisions.announce(Measure.SUSPEND_CONNECTION, connectionId,
                "Me", LocalDate.now(Luxembourg.ZONE).plusDays(9)))).isInstanceOf(EJBAccessException.class);
        assertThat(applicant.call(() -> decisions.download(document.getId())).fileName()).isEqualTo("test-report.pdf");
        assertThat(operator.call(() -> decisions.get(announced.getId())).getState())
                .as("nothing was stored by the refused calls").isEqualTo(IntendedDecisionState.ANNOUNCED);
    }

    /** A connection of applicant one's eSpace, approved the whole way. */
    private long connected(String locality) throws Exception {
        return fixtures.approved(locality).getConnection().getId();
    }

    private ConnectionState state(long connectionId) throws Exception {
        return operator.call(() -> register.connection(connectionId)).getState();
    }

    private List<String> history(long connectionId) throws Exception {
        return operator.call(() -> register.history(connectionId)).stream()
                .map(e -> e.getKind() + " " + e.getActorKind() + " " + e.getActor()).toList();
    }

    private List<String> inbox() throws Exception {
        return applicant.call(() -> notifications.inbox(espace)).stream()
                .map(n -> n.getKind() + ": " + n.getDetail()).toList();
    }

    /** Moves the date to answer by to yesterday, as time would. */
    private void answerDueYesterday(long decisionId) throws Exception {
        tx.begin();
        try {
            em.createNativeQuery("update intended_decision set answer_due = ?1 where id = ?2")
                    .setParameter(1, LocalDate.now(Luxembourg.ZONE).minusDays(1))
                    .setParameter(2, decisionId)
                    .executeUpdate();
        } finally {
            tx.commit();
        }
    }
}
