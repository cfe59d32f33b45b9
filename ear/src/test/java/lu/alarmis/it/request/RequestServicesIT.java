package lu.alarmis.it.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.hibernate.envers.AuditReaderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.account.Account;
import lu.alarmis.account.BusinessEspace;
import lu.alarmis.account.EspaceService;
import lu.alarmis.account.LegalForm;
import lu.alarmis.account.SignInMethodAdded;
import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditEvent;
import lu.alarmis.audit.AuditFilter;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.client.ClientNumber;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.Luxembourg;
import lu.alarmis.common.NotFoundException;
import lu.alarmis.it.support.AsApplicantOne;
import lu.alarmis.it.support.AsApplicantTwo;
import lu.alarmis.it.support.AsOperator;
import lu.alarmis.it.support.AsSupervisorOne;
import lu.alarmis.it.support.AsSupervisorTwo;
import lu.alarmis.it.support.DatabaseDependent;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.RequestFixtures;
import lu.alarmis.notification.Notification;
import lu.alarmis.notification.NotificationKind;
import lu.alarmis.notification.NotificationService;
import lu.alarmis.request.ConnectionRequest;
import lu.alarmis.request.ConnectionRequestService;
import lu.alarmis.request.PremisesKind;
import lu.alarmis.request.RequestChangedException;
import lu.alarmis.request.RequestDocumentService;
import lu.alarmis.request.RequestEvent;
import lu.alarmis.request.RequestEventKind;
import lu.alarmis.request.RequestReviewService;
import lu.alarmis.request.RequestState;
import lu.alarmis.request.SiteAddress;
import lu.alarmis.request.TransitionNotAllowedException;
import lu.alarmis.request.WorkQueueFilter;
import lu.alarmis.request.WorkQueueRow;
import lu.alarmis.security.AuthenticationLevel;
import lu.alarmis.security.CallerContext;
import lu.alarmis.security.StrongAuthenticationRequiredException;

/**
 * The connection request's services on the real server and database, as named applicants and
 * staff members: the whole path, concurrency (optimistic locking, client numbers), object-level
 * checks, the history (Envers) and the work queue's database filters.
 */
@Tag(DatabaseDependent.TAG)
@ExtendWith(ArquillianExtension.class)
public class RequestServicesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(RequestServicesIT.class);
    }

    @EJB(lookup = Deployments.EJB_GLOBAL + "ConnectionRequestService")
    private ConnectionRequestService requests;

    @EJB(lookup = Deployments.EJB_GLOBAL + "RequestReviewService")
    private RequestReviewService review;

    @EJB(lookup = Deployments.EJB_GLOBAL + "RequestDocumentService")
    private RequestDocumentService documents;

    @EJB(lookup = Deployments.EJB_GLOBAL + "NotificationService")
    private NotificationService notifications;

    @EJB(lookup = Deployments.EJB_GLOBAL + "AuditLog")
    private AuditLog audit;

    @EJB(lookup = Deployments.EJB_GLOBAL + "EspaceService")
    private EspaceService espaces;

    @Inject
    private AsApplicantOne applicant;

    @Inject
    private AsApplicantTwo otherApplicant;

    @Inject
    private AsOperator operator;

    @Inject
    private AsSupervisorOne supervisor;

    @Inject
    private AsSupervisorTwo secondSupervisor;

    @Inject
    private CallerContext callerContext;

    @Inject
    private Event<SignInMethodAdded> signInMethods;

    @Inject
    private RequestFixtures fixtures;

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Resource
    private ManagedExecutorService executor;

    @BeforeEach
    void people() throws Exception {
        fixtures.people();
    }

    @Test
    void theWholePathEndsWithAClientNumberAndTheApplicantsNotification() throws Exception {
        long id = submitted("Luxembourg", true);
        assertThat(state(id)).isEqualTo(RequestState.POST_CHECK);

        operator.call(() -> review.assignToMe(id, version(id)));
        operator.call(() -> review.recordPostAnswer(id, version(id), true, "LINE-42", "POST phoned, link down"));
        operator.call(() -> review.propose(id, version(id), ConnectionRequest.Decision.APPROVAL, "complete"));
        ConnectionRequest approved = supervisor.call(() ->
                review.approve(id, version(id), null, RequestFixtures.APPROVAL_TERMS));

        assertThat(approved.getState()).isEqualTo(RequestState.APPROVED);
        assertThat(ClientNumber.isValid(approved.getClientNumber())).isTrue();
        assertThat(approved.getClientNumber()).startsWith("AL-" + LocalDate.now().getYear() + "-");
        List<Notification> inbox = applicant.call(() -> notifications.inbox(espaceOf(AsApplicantOne.EMAIL)));
        assertThat(inbox).filteredOn(n -> Long.valueOf(id).equals(n.getRequestId())).extracting(Notification::getKind)
                .contains(NotificationKind.REQUEST_SUBMITTED, NotificationKind.REQUEST_APPROVED);
        assertThat(inbox).filteredOn(n -> n.getKind() == NotificationKind.REQUEST_APPROVED && Long.valueOf(id).equals(n.getRequestId()))
                .extracting(Notification::getDetail).containsExactly(approved.getClientNumber());

        List<RequestEvent> staffTimeline = operator.call(() -> review.timeline(id));
        assertThat(staffTimeline).extracting(RequestEvent::getKind).containsExactly(RequestEventKind.CREATED,
                RequestEventKind.SUBMITTED, RequestEventKind.POST_CHECK_REQUESTED, RequestEventKind.ASSIGNED,
                RequestEventKind.POST_CONFIRMED, RequestEventKind.PROPOSED, RequestEventKind.APPROVED);
        RequestEvent confirmation = staffTimeline.get(4);
        assertThat(confirmation.getActor()).isEqualTo(AsOperator.EMAIL);
        assertThat(confirmation.getFromState()).isEqualTo(RequestState.POST_CHECK);
        assertThat(confirmation.getToState()).isEqualTo(RequestState.IN_REVIEW);
        assertThat(confirmation.getNote()).contains("POST phoned, link down");
        // The applicant's timeline leaves out the CIN's internal steps.
        assertThat(applicant.call(() -> requests.timeline(id))).extracting(RequestEvent::getKind)
                .doesNotContain(RequestEventKind.ASSIGNED, RequestEventKind.PROPOSED);

        AuditFilter onThisRequest = new AuditFilter();
        onThisRequest.setSubjectType("Request");
        onThisRequest.setSubjectId(String.valueOf(id));
        onThisRequest.setAction(AuditAction.REQUEST_EVENT);
        assertThat(supervisor.call(() -> audit.page(onThisRequest, 0, 50))).as("the audit trail of this request")
                .extracting(AuditEvent::getDetail).hasSize(7).last().asString().startsWith("CREATED: created as DRAFT");
        assertThat(supervisor.call(() -> audit.count(onThisRequest))).isEqualTo(7);
        onThisRequest.setActor(AsOperator.EMAIL);
        assertThat(supervisor.call(() -> audit.page(onThisRequest, 0, 50))).extracting(AuditEvent::getDetail)
                .as("newest first, each change said as from → to")
                .satisfiesExactly(
                        proposal -> assertThat(proposal).isEqualTo("PROPOSED · APPROVAL: complete"),
                        answer -> assertThat(answer).startsWith("POST_CONFIRMED: POST_CHECK → IN_REVIEW · "),
                        assignment -> assertThat(assignment).startsWith("ASSIGNED · "));
        onThisRequest.setFrom(LocalDate.now(Luxembourg.ZONE).plusDays(1));
        assertThat(supervisor.call(() -> audit.count(onThisRequest))).as("nothing from tomorrow on").isZero();
        onThisRequest.setFrom(LocalDate.now(Luxembourg.ZONE).minusDays(1));
        onThisRequest.setTo(LocalDate.now(Luxembourg.ZONE));
        assertThat(supervisor.call(() -> audit.count(onThisRequest))).isEqualTo(3);
    }

    @Test
    void twoSupervisorsApprovingAtTheSameInstantGetDistinctClientNumbers() throws Exception {
        int perSupervisor = 4;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 2 * perSupervisor; i++) {
            ids.add(proposed(submittedAndConfirmed("Differdange")));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            List<Long> mine = ids.subList(s * perSupervisor, (s + 1) * perSupervisor);
            boolean first = s == 0;
            results.add(executor.submit(() -> {
                start.await();
                List<String> numbers = new ArrayList<>();
                for (long id : mine) {
                    Callable<ConnectionRequest> approve = () ->
                            review.approve(id, version(id), null, RequestFixtures.APPROVAL_TERMS);
                    numbers.add((first ? supervisor.call(approve) : secondSupervisor.call(approve)).getClientNumber());
                }
                return numbers;
            }));
        }
        start.countDown();
        Set<String> numbers = new HashSet<>();
        for (Future<List<String>> result : results) {
            numbers.addAll(result.get(60, TimeUnit.SECONDS));
        }
        assertThat(numbers).hasSize(2 * perSupervisor).allMatch(ClientNumber::isValid);
    }

    @Test
    void whenTwoSupervisorsApproveTheSameRequestOnlyOneDecisionIsTaken() throws Exception {
        long id = proposed(submittedAndConfirmed("Ettelbruck"));
        long seen = version(id);
        CountDownLatch start = new CountDownLatch(1);
        Future<Object> one = executor.submit(() -> attempt(start,
                () -> supervisor.call(() -> review.approve(id, seen, null, RequestFixtures.APPROVAL_TERMS))));
        Future<Object> two = executor.submit(() -> attempt(start,
                () -> secondSupervisor.call(() -> review.approve(id, seen, null, RequestFixtures.APPROVAL_TERMS))));
        start.countDown();
        List<Object> outcomes = List.of(one.get(60, TimeUnit.SECONDS), two.get(60, TimeUnit.SECONDS));

        assertThat(outcomes).filteredOn(ConnectionRequest.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(RequestChangedException.class::isInstance).hasSize(1);
        assertThat(operator.call(() -> review.timeline(id))).filteredOn(e -> e.getKind() == RequestEventKind.APPROVED)
                .hasSize(1);
        long connections = read(() -> em.createQuery("select count(c) from Connection c where c.originReference = :request",
                Long.class).setParameter("request", "R-" + id).getSingleResult());
        assertThat(connections).as("one connection in the register, one client number").isEqualTo(1);
        long clients = read(() -> em.createQuery("select count(k) from Client k where k.id in (select c.client.id"
                + " from Connection c where c.originReference = :request)", Long.class)
                .setParameter("request", "R-" + id).getSingleResult());
        assertThat(clients).isEqualTo(1);
    }

    @Test
    void anActionOnAVersionSomeoneElseChangedIsRefusedAndChangesNothing() throws Exception {
        long id = submittedAndConfirmed("Mersch");
        long stale = version(id);
        operator.call(() -> review.assignToMe(id, stale));
        assertThatThrownBy(() -> operator.call(() -> review.propose(id, stale, ConnectionRequest.Decision.APPROVAL, null)))
                .isInstanceOf(RequestChangedException.class);
        assertThat(operator.call(() -> review.get(id)).getProposal()).isNull();
    }

    @Test
    void anActionTheStateDoesNotAllowIsRefused() throws Exception {
        long id = submitted("Wiltz", false);
        assertThatThrownBy(() -> operator.call(() ->
                review.askForInformation(id, version(id), "?", LocalDate.now().plusDays(7))))
                .isInstanceOf(TransitionNotAllowedException.class);
        assertThatThrownBy(() -> operator.call(() -> review.approve(id, version(id), null, RequestFixtures.APPROVAL_TERMS)))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
        assertThat(state(id)).isEqualTo(RequestState.POST_CHECK);
    }

    @Test
    void informationRequestAnswerAndRefusalReachTheApplicant() throws Exception {
        long id = submittedAndConfirmed("Clervaux");
        operator.call(() -> review.askForInformation(id, version(id), "Please send the plan of the site.",
                LocalDate.now().plusDays(14)));
        applicant.call(() -> requests.addDocument(id, "plan.pdf", pdf()));
        applicant.call(() -> requests.answerInformation(id, version(id), "The plan is attached."));
        assertThat(state(id)).isEqualTo(RequestState.IN_REVIEW);
        operator.call(() -> review.propose(id, version(id), ConnectionRequest.Decision.REFUSAL, "Not a business risk."));
        supervisor.call(() -> review.refuse(id, version(id),
                "The site does not justify a police connection."));
        ConnectionRequest refused = applicant.call(() -> requests.get(id));
        assertThat(refused.getState()).isEqualTo(RequestState.REFUSED);
        assertThat(refused.getDecisionReason()).isEqualTo("The site does not justify a police connection.");
        assertThat(refused.getDocuments()).extracting(d -> d.getPurpose().name())
                .containsExactly("SUPPORTING", "INFORMATION_ANSWER");
        assertThat(applicant.call(() -> notifications.inbox(espaceOf(AsApplicantOne.EMAIL))))
                .filteredOn(n -> Long.valueOf(id).equals(n.getRequestId()))
                .extracting(Notification::getKind)
                .contains(NotificationKind.INFORMATION_REQUESTED, NotificationKind.REQUEST_REFUSED);
        assertThatThrownBy(() -> applicant.call(() -> requests.withdraw(id, version(id), null)))
                .isInstanceOf(TransitionNotAllowedException.class);
    }

    @Test
    void anotherOrganisationSeesNeitherTheRequestNorItsDocumentsNorItsNotifications() throws Exception {
        long id = submitted("Vianden", false);
        long documentId = applicant.call(() -> requests.get(id)).getDocuments().get(0).getId();
        long notificationId = applicant.call(() -> notifications.inbox(espaceOf(AsApplicantOne.EMAIL))).get(0).getId();

        assertThatThrownBy(() -> otherApplicant.call(() -> requests.get(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> otherApplicant.call(() -> requests.withdraw(id, version(id), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> otherApplicant.call(() -> documents.download(documentId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> otherApplicant.call(() -> {
            notifications.markRead(notificationId);
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThat(state(id)).isEqualTo(RequestState.POST_CHECK);
        assertThat(applicant.call(() -> documents.download(documentId)).content()).startsWith("%PDF".getBytes());
        assertThat(operator.call(() -> documents.download(documentId)).mediaType()).isEqualTo("application/pdf");
        long refusals = read(() -> em.createQuery("select count(e) from AuditEvent e where e.actor = :actor"
                        + " and e.action = lu.alarmis.audit.AuditAction.ACCESS_DENIED", Long.class)
                .setParameter("actor", AsApplicantTwo.EMAIL).getSingleResult());
        assertThat(refusals).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aFireAlarmBesideIntrusionNeedsASupervisorsExceptionBeforeApproval() throws Exception {
        long id = proposed(submittedAndConfirmedWithFire("Echternach"));
        assertThatThrownBy(() -> supervisor.call(() ->
                review.approve(id, version(id), null, RequestFixtures.APPROVAL_TERMS)))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("request.fireExceptionRequired");
        assertThatThrownBy(() -> operator.call(() -> review.recordFireException(id, version(id), "shared with CGDIS")))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
        assertThatThrownBy(() -> supervisor.call(() -> review.recordFireException(id, version(id), " ")))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("request.reasonRequired");
        supervisor.call(() -> review.recordFireException(id, version(id),
                "Fire detection reported to CGDIS separately; intrusion part only to the CIN."));
        ConnectionRequest approved = secondSupervisor.call(() ->
                review.approve(id, version(id), null, RequestFixtures.APPROVAL_TERMS));
        assertThat(approved.getState()).isEqualTo(RequestState.APPROVED);
        assertThat(operator.call(() -> review.timeline(id))).filteredOn(e -> e.getKind() == RequestEventKind.FIRE_EXCEPTION)
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo(AsSupervisorOne.EMAIL);
                    assertThat(e.getNote()).startsWith("Fire detection reported to CGDIS");
                });
    }

    @Test
    void anOrderRejectedByPostIsCorrectedByTheApplicantAndCheckedAgain() throws Exception {
        long id = submitted("Grevenmacher", true);
        operator.call(() -> review.recordPostAnswer(id, version(id), false, "Unknown order reference",
                "POST's e-mail of today"));
        assertThat(state(id)).isEqualTo(RequestState.POST_REJECTED);
        assertThat(applicant.call(() -> notifications.inbox(espaceOf(AsApplicantOne.EMAIL))))
                .filteredOn(n -> Long.valueOf(id).equals(n.getRequestId()) && n.getKind() == NotificationKind.ORDER_REJECTED)
                .extracting(Notification::getDetail).containsExactly("Unknown order reference");
        applicant.call(() -> requests.correctOrderReference(id, version(id), " ord-corrected-1 "));
        ConnectionRequest corrected = applicant.call(() -> requests.get(id));
        assertThat(corrected.getState()).isEqualTo(RequestState.POST_CHECK);
        assertThat(corrected.getPostOrderReference()).isEqualTo("ORD-CORRECTED-1");
        assertThat(applicant.call(() -> requests.timeline(id))).extracting(RequestEvent::getKind)
                .endsWith(RequestEventKind.POST_REJECTED, RequestEventKind.ORDER_REFERENCE_CORRECTED);
    }

    @Test
    void submissionNeedsStrongAuthentication() throws Exception {
        callerContext.establish(AuthenticationLevel.PASSWORD, "127.0.0.1");
        assertThatThrownBy(() -> submitted("Remich", true)).isInstanceOf(StrongAuthenticationRequiredException.class);
        callerContext.establish(AuthenticationLevel.STRONG, "127.0.0.1");
    }

    @Test
    void aRefusedUploadLeavesNothingBehind() throws Exception {
        long id = applicant.call(() -> requests.startDraft(espaceOf(AsApplicantOne.EMAIL))).getId();
        byte[] executable = new byte[2048];
        executable[0] = 'M';
        executable[1] = 'Z';
        assertThatThrownBy(() -> applicant.call(() -> requests.addDocument(id, "invoice.pdf", executable)))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("document.refused.type");
        assertThat(applicant.call(() -> requests.get(id)).getDocuments()).isEmpty();
        long stored = read(() -> em.createQuery("select count(d) from RequestDocument d where d.request.id = :id",
                Long.class).setParameter("id", id).getSingleResult());
        assertThat(stored).isZero();
    }

    @Test
    void everyChangeOfTheApplicantsDataIsInTheHistoryWithWhoMadeIt() throws Exception {
        long id = applicant.call(() -> requests.startDraft(espaceOf(AsApplicantOne.EMAIL))).getId();
        applicant.call(() -> requests.saveSite(id, version(id),
                new SiteAddress("Rue A", "1", "L-1111", "Luxembourg", PremisesKind.SHOP)));
        applicant.call(() -> requests.saveSite(id, version(id),
                new SiteAddress("Rue B", "2", "L-2222", "Luxembourg", PremisesKind.SHOP)));
        tx.begin();
        var reader = AuditReaderFactory.get(em);
        List<Number> revisions = reader.getRevisions(ConnectionRequest.class, id);
        ConnectionRequest first = reader.find(ConnectionRequest.class, id, revisions.get(revisions.size() - 2));
        String firstStreet = first.getSite().getStreet();
        // Envers' own revision lookup names the entity by its class name, which WildFly's strict JPQL refuses.
        Object actor = em.createNativeQuery("select actor from revinfo where rev = ?1")
                .setParameter(1, revisions.get(revisions.size() - 1)).getSingleResult();
        tx.commit();
        assertThat(revisions).hasSizeGreaterThanOrEqualTo(3);
        assertThat(firstStreet).isEqualTo("Rue A");
        assertThat(actor).isEqualTo(AsApplicantOne.EMAIL);
    }

    @Test
    void theWorkQueueFiltersInTheDatabase() throws Exception {
        String locality = "Beaufort-" + System.nanoTime();
        long withFire = submittedWithFire(locality);
        long plain = submittedAndConfirmed(locality);
        WorkQueueFilter filter = new WorkQueueFilter();
        filter.setLocality(locality.toLowerCase());
        assertThat(rows(filter)).extracting(WorkQueueRow::id).containsExactly(withFire, plain);
        filter.setAlarmType(WorkQueueFilter.AlarmType.FIRE);
        assertThat(rows(filter)).extracting(WorkQueueRow::id).containsExactly(withFire);
        filter.setAlarmType(null);
        filter.setState(RequestState.IN_REVIEW);
        assertThat(rows(filter)).extracting(WorkQueueRow::id).containsExactly(plain);
        filter.setState(null);
        filter.setAssignment(WorkQueueFilter.Assignment.MINE);
        operator.call(() -> review.assignToMe(plain, version(plain)));
        assertThat(operator.call(() -> review.workQueue(filter, 0, 20))).extracting(WorkQueueRow::id).containsExactly(plain);
        assertThat(operator.call(() -> review.countWorkQueue(filter)).matching()).isEqualTo(1);
        filter.setAssignment(WorkQueueFilter.Assignment.ANYONE);
        filter.setMinDaysWaiting(3);
        assertThat(rows(filter)).isEmpty();
    }

    @Test
    void theWorkQueueFindsALocalityByTheStartOfItsNameWithoutRegardToCaseOrAccents() throws Exception {
        String stem = "Éschdorf-" + System.nanoTime();
        long id = submitted(stem + "-Süd", true);
        WorkQueueFilter filter = new WorkQueueFilter();

        for (String typed : List.of(stem, stem.toLowerCase(), "ESCHDORF" + stem.substring(8), stem + "-sud")) {
            filter.setLocality(typed);
            assertThat(rows(filter)).as(typed).extracting(WorkQueueRow::id).containsExactly(id);
        }
        filter.setLocality(stem.substring(1));
        assertThat(rows(filter)).as("the middle of a name is not its start").isEmpty();
        filter.setLocality(stem + "_S%");
        assertThat(rows(filter)).as("wildcards are letters like any other").isEmpty();
    }

    @Test
    void theWorkQueueListsWhatWaitsForADecisionAndWhatIsOverdue() throws Exception {
        String locality = "Vianden-" + System.nanoTime();
        long proposal = submittedAndConfirmed(locality);
        long question = submittedAndConfirmed(locality);
        WorkQueueFilter filter = new WorkQueueFilter();
        filter.setLocality(locality);
        filter.setProposed(true);
        assertThat(rows(filter)).as("nothing proposed yet").isEmpty();
        proposed(proposal);
        assertThat(rows(filter)).extracting(WorkQueueRow::id).containsExactly(proposal);

        filter.setProposed(false);
        filter.setInformationOverdue(true);
        operator.call(() -> review.askForInformation(question, version(question), "The plan of the premises, please.",
                LocalDate.now(Luxembourg.ZONE).plusDays(7)));
        assertThat(rows(filter)).as("not due yet").isEmpty();
        fixtures.informationDueYesterday(question);
        assertThat(rows(filter)).extracting(WorkQueueRow::id).containsExactly(question);
        assertThat(operator.call(() -> review.countWorkQueue(filter)).matching()).isEqualTo(1);
    }

    private List<WorkQueueRow> rows(WorkQueueFilter filter) throws Exception {
        return operator.call(() -> review.workQueue(filter, 0, 20));
    }

    // ---- building requests as the applicant would ---------------------------------------------

    private long submitted(String locality, boolean passive) throws Exception {
        return submitted(locality, passive, false);
    }

    private long submittedWithFire(String locality) throws Exception {
        return submitted(locality, true, true);
    }

    private long submitted(String locality, boolean passive, boolean fire) throws Exception {
        return fixtures.filed(locality, "ORD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                passive, !passive || fire, fire);
    }

    private long submittedAndConfirmed(String locality) throws Exception {
        long id = submitted(locality, true);
        operator.call(() -> review.recordPostAnswer(id, version(id), true, "LINE-" + id, "test: link not used"));
        return id;
    }

    private long submittedAndConfirmedWithFire(String locality) throws Exception {
        long id = submittedWithFire(locality);
        operator.call(() -> review.recordPostAnswer(id, version(id), true, "LINE-" + id, "test: link not used"));
        return id;
    }

    private long proposed(long id) throws Exception {
        operator.call(() -> review.propose(id, version(id), ConnectionRequest.Decision.APPROVAL, null));
        return id;
    }

    private long version(long id) throws Exception {
        return fixtures.version(id);
    }

    private RequestState state(long id) throws Exception {
        return fixtures.state(id);
    }

    private <T> T read(Callable<T> query) throws Exception {
        return fixtures.read(query);
    }

    private static Object attempt(CountDownLatch start, Callable<Object> action) throws InterruptedException {
        start.await();
        try {
            return action.call();
        } catch (Exception refused) {
            return refused;
        }
    }

    public static byte[] pdf() {
        return RequestFixtures.pdf();
    }

    @Test
    void aNoticeAboutAPersonsAccountIsTheirsAloneWhicheverESpaceTheyActFor() throws Exception {
        String certificate = "CN=Anne Applicant, SERIALNUMBER=PNOLU-" + System.nanoTime() + ", C=LU";
        tx.begin();
        Account anne = em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", AsApplicantOne.EMAIL).getSingleResult();
        signInMethods.fire(new SignInMethodAdded(anne, SignInMethodAdded.Method.CERTIFICATE, certificate));
        tx.commit();

        Notification notice = applicant.call(() -> notifications.inbox(null)).get(0);
        assertThat(notice.getKind()).isEqualTo(NotificationKind.CERTIFICATE_LINKED);
        assertThat(notice.getDetail()).isEqualTo(certificate);
        assertThat(applicant.call(() -> notifications.inbox(espaceOf(AsApplicantOne.EMAIL))))
                .as("it follows her into the eSpace she acts for").extracting(Notification::getId)
                .contains(notice.getId());
        assertThat(otherApplicant.call(() -> notifications.inbox(espaceOf(AsApplicantTwo.EMAIL))))
                .extracting(Notification::getId).doesNotContain(notice.getId());
        assertThatThrownBy(() -> otherApplicant.call(() -> {
            notifications.markRead(notice.getId());
            return null;
        })).isInstanceOf(NotFoundException.class);
        long unread = applicant.call(() -> notifications.unreadCount(null));
        applicant.call(() -> {
            notifications.markRead(notice.getId());
            return null;
        });
        assertThat(applicant.call(() -> notifications.unreadCount(null))).isEqualTo(unread - 1);
    }

    @Test
    void aSecondESpaceForATradeRegisterNumberAlreadyRegisteredIsRefused() throws Exception {
        String taken = em.find(BusinessEspace.class, espaceOf(AsApplicantOne.EMAIL)).getTradeRegisterNumber();
        assertThatThrownBy(() -> applicant.call(() -> espaces.create(new BusinessEspace("Another organisation",
                LegalForm.SARL, taken, "Grand-Rue", "2", "L-1660", "Luxembourg"))))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("espace.tradeRegisterNumberTaken");
    }

    private long espaceOf(String email) throws Exception {
        return fixtures.espaceOf(email);
    }
}
