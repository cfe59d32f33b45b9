package lu.alarmis.it.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditEvent;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.client.ClientRegister;
import lu.alarmis.client.Connection;
import lu.alarmis.client.ConnectionEvent;
import lu.alarmis.client.ConnectionEventKind;
import lu.alarmis.client.ConnectionState;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.Luxembourg;
import lu.alarmis.decision.IntendedDecision;
import lu.alarmis.decision.IntendedDecisionService;
import lu.alarmis.decision.Measure;
import lu.alarmis.it.support.AsAdmin;
import lu.alarmis.it.support.AsApplicantOne;
import lu.alarmis.it.support.AsOperator;
import lu.alarmis.it.support.AsPostInbound;
import lu.alarmis.it.support.AsSupervisorTwo;
import lu.alarmis.it.support.DatabaseDependent;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.PostPartner;
import lu.alarmis.it.support.RequestFixtures;
import lu.alarmis.notification.NotificationKind;
import lu.alarmis.notification.NotificationService;
import lu.alarmis.partner.post.InboundPostMessage;
import lu.alarmis.partner.post.MessageDirection;
import lu.alarmis.partner.post.ParkedPostMessages;
import lu.alarmis.partner.post.PartnerMessage;
import lu.alarmis.partner.post.PartnerMessageStatus;
import lu.alarmis.partner.post.PartnerTrafficService;
import lu.alarmis.partner.post.PostErrorCode;
import lu.alarmis.partner.post.PostInboundService;
import lu.alarmis.partner.post.PostMessageProperties;
import lu.alarmis.partner.post.PostMessageType;
import lu.alarmis.partner.post.PostSchema;
import lu.alarmis.request.ConnectionRequest;
import lu.alarmis.request.ConnectionRequestService;
import lu.alarmis.request.RequestEventKind;
import lu.alarmis.request.RequestReviewService;
import lu.alarmis.request.RequestState;

/**
 * The POST contract, version 1, on the real server: what a filed request sends to POST, how POST's
 * answers move requests, what happens to answers that come early, and the rejection answers to
 * messages that break the contract. Through the real queues and the real receiver.
 */
@Tag(DatabaseDependent.TAG)
@ExtendWith(ArquillianExtension.class)
class PostContractIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(PostContractIT.class, PostMessagingIT.class);
    }

    @EJB(lookup = Deployments.EJB_GLOBAL + "PartnerTrafficService")
    private PartnerTrafficService traffic;

    @EJB(lookup = Deployments.EJB_GLOBAL + "PostInboundService")
    private PostInboundService inbound;

    @EJB(lookup = Deployments.EJB_GLOBAL + "ParkedPostMessages")
    private ParkedPostMessages parked;

    @Resource(lookup = "java:/TransactionManager")
    private TransactionManager transactions;

    @Inject
    private AsPostInbound asPostInbound;

    @EJB(lookup = Deployments.EJB_GLOBAL + "ConnectionRequestService")
    private ConnectionRequestService requests;

    @EJB(lookup = Deployments.EJB_GLOBAL + "RequestReviewService")
    private RequestReviewService review;

    @EJB(lookup = Deployments.EJB_GLOBAL + "IntendedDecisionService")
    private IntendedDecisionService decisions;

    @EJB(lookup = Deployments.EJB_GLOBAL + "ClientRegister")
    private ClientRegister register;

    @EJB(lookup = Deployments.EJB_GLOBAL + "NotificationService")
    private NotificationService notifications;

    @EJB(lookup = Deployments.EJB_GLOBAL + "AuditLog")
    private AuditLog audit;

    @Inject
    private RequestFixtures fixtures;

    @Inject
    private AsAdmin admin;

    @Inject
    private AsApplicantOne applicant;

    @Inject
    private AsOperator operator;

    @Inject
    private AsSupervisorTwo supervisorTwo;

    private final PostSchema schema = new PostSchema();
    private final PostPartner post = new PostPartner();

    @BeforeEach
    void people() throws Exception {
        fixtures.people();
    }

    @Test
    void aFiledRequestAsksPostToConfirmTheOrderAndPostsConfirmationMovesItToReview() throws Exception {
        String order = newOrder();
        long id = fixtures.filed("Mamer", order);

        TextMessage filing = awaitOutbound(PostMessageType.CONNECTION_REQUEST_FILED, "<requestReference>R-" + id + "<");
        schema.check(PostMessageType.CONNECTION_REQUEST_FILED, filing.getText());
        assertThat(filing.getText()).contains("<orderReference>" + order + "</orderReference>")
                .contains("<postcode>L-1660</postcode>").contains("<locality>Mamer</locality>");
        assertThat(filing.getStringProperty(PostMessageProperties.SCHEMA_VERSION)).isEqualTo("1.0");
        assertThat(filing.getStringProperty(PostMessageProperties.DUPLICATE_ID))
                .isEqualTo(filing.getStringProperty(PostMessageProperties.MESSAGE_ID));

        String answerId = sendFromPost("ORDER_CONFIRMED", PostMessagingIT.orderConfirmed(order),
                filing.getStringProperty(PostMessageProperties.MESSAGE_ID));

        awaitState(id, RequestState.IN_REVIEW);
        ConnectionRequest request = operator.call(() -> review.get(id));
        assertThat(request.getPostLineId()).isEqualTo("LINE-1");
        assertThat(operator.call(() -> review.timeline(id))).filteredOn(e -> e.getKind() == RequestEventKind.POST_CONFIRMED)
                .singleElement().satisfies(e -> {
                    assertThat(e.getActorKind().name()).isEqualTo("POST");
                    assertThat(e.getNote()).contains(answerId);
                });
        assertThat(inbound(answerId).getStatus()).isEqualTo(PartnerMessageStatus.APPLIED);
        assertThat(inbound(answerId).getRequestId()).isEqualTo(id);
    }

    @Test
    void aRejectedOrderGoesBackToTheApplicantAndTheCorrectedReferenceIsCheckedAgain() throws Exception {
        String order = newOrder();
        long id = fixtures.filed("Bettembourg", order);
        awaitOutbound(PostMessageType.CONNECTION_REQUEST_FILED, "<requestReference>R-" + id + "<");

        sendFromPost("ORDER_REJECTED", "<OrderRejected xmlns=\"urn:lu:alarmis:post:1\"><orderReference>" + order
                + "</orderReference><reasonCode>UNKNOWN_ORDER</reasonCode><reason>No such order at POST.</reason>"
                + "<rejectedAt>2026-11-28T10:00:00Z</rejectedAt></OrderRejected>", null);

        awaitState(id, RequestState.POST_REJECTED);
        assertThat(applicant.call(() -> notifications.inbox(fixtures.espaceOf(AsApplicantOne.EMAIL))))
                .filteredOn(n -> Long.valueOf(id).equals(n.getRequestId()) && n.getKind() == NotificationKind.ORDER_REJECTED)
                .extracting(n -> n.getDetail()).containsExactly("No such order at POST.");

        String corrected = newOrder();
        applicant.call(() -> requests.correctOrderReference(id, fixtures.version(id), corrected));
        TextMessage again = awaitOutbound(PostMessageType.CONNECTION_REQUEST_FILED, "<orderReference>" + corrected + "<");
        assertThat(again.getText()).contains("<requestReference>R-" + id + "</requestReference>");
        assertThat(fixtures.state(id)).isEqualTo(RequestState.POST_CHECK);
    }

    @Test
    void anAnswerThatArrivesBeforeItsRequestIsParkedThenAppliedWhenTheRequestIsFiled() throws Exception {
        String order = newOrder();
        String early = sendFromPost("ORDER_CONFIRMED", PostMessagingIT.orderConfirmed(order), null);
        awaitInbound(early);
        assertThat(inbound(early).getStatus()).isEqualTo(PartnerMessageStatus.PARKED);

        long id = fixtures.filed("Mondorf-les-Bains", order);

        assertThat(fixtures.state(id)).isEqualTo(RequestState.IN_REVIEW);
        assertThat(inbound(early).getStatus()).isEqualTo(PartnerMessageStatus.APPLIED);
        assertThat(inbound(early).getRequestId()).isEqualTo(id);
    }

    @Test
    void anAnswerParkedWhileItsRequestWasBeingFiledIsAppliedByTheMinutelySweep() throws Exception {
        String order = newOrder();
        String early = "post-" + UUID.randomUUID();
        // POST's answer is applied in a transaction that commits only after the filing looked for
        // parked answers: the filing found none, and the answer stayed parked.
        transactions.begin();
        try {
            asPostInbound.call(() -> inbound.accept(new InboundPostMessage(early, "ORDER_CONFIRMED", "1.0", null,
                    PostMessagingIT.orderConfirmed(order), "ID:race")));
            Transaction answering = transactions.suspend();
            long filed = fixtures.filed("Remich", order);
            transactions.resume(answering);
            transactions.commit();
            assertThat(inbound(early).getStatus()).isEqualTo(PartnerMessageStatus.PARKED);
            assertThat(fixtures.state(filed)).isEqualTo(RequestState.POST_CHECK);

            parked.applyRecentlyParked(); // what the timer does every minute

            assertThat(inbound(early).getStatus()).isEqualTo(PartnerMessageStatus.APPLIED);
            assertThat(inbound(early).getRequestId()).isEqualTo(filed);
            assertThat(fixtures.state(filed)).isEqualTo(RequestState.IN_REVIEW);
        } finally {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback();
            }
        }
    }

    @Test
    void approvalTellsPostTheClientNumberAndTheLinesLifeAppliesToTheConnection() throws Exception {
        String order = newOrder();
        long id = fixtures.filed("Junglinster", order);
        awaitOutbound(PostMessageType.CONNECTION_REQUEST_FILED, "<requestReference>R-" + id + "<");
        sendFromPost("ORDER_CONFIRMED", PostMessagingIT.orderConfirmed(order), null);
        awaitState(id, RequestState.IN_REVIEW);
        operator.call(() -> review.propose(id, fixtures.version(id), ConnectionRequest.Decision.APPROVAL, null));
        ConnectionRequest approved = supervisorTwo.call(() -> review.approve(id, fixtures.version(id), null,
                RequestFixtures.APPROVAL_TERMS));
        String clientNumber = approved.getClientNumber();
        long connectionId = approved.getConnection().getId();
        assertThat(approved.getConnection().getPostLineId()).isEqualTo("LINE-1");
        assertThat(approved.getConnection().getTransmitterId()).as("POST's transmitter, from the order's confirmation")
                .isEqualTo("TX-1");

        TextMessage assigned = awaitOutbound(PostMessageType.CLIENT_NUMBER_ASSIGNED, "<clientNumber>" + clientNumber + "<");
        schema.check(PostMessageType.CLIENT_NUMBER_ASSIGNED, assigned.getText());
        assertThat(assigned.getText()).contains("<lineId>LINE-1</lineId>").contains("<orderReference>" + order)
                .contains("<requestReference>R-" + id + "<");

        sendFromPost("LINE_ACTIVE", "<LineActive xmlns=\"urn:lu:alarmis:post:1\"><clientNumber>" + clientNumber
                + "</clientNumber><lineId>LINE-1</lineId><activeSince>2026-11-28T11:00:00Z</activeSince></LineActive>", null);
        sendFromPost("TRANSMISSION_TEST_REPORTED", "<TransmissionTestReported xmlns=\"urn:lu:alarmis:post:1\"><clientNumber>"
                + clientNumber + "</clientNumber><testedAt>2026-11-28T12:00:00Z</testedAt><result>PASSED</result>"
                + "<details>Signal received at the CIN in 4 s.</details></TransmissionTestReported>", null);

        Instant deadline = Instant.now().plus(TIMEOUT);
        while (operator.call(() -> register.history(connectionId)).stream()
                .noneMatch(e -> e.getKind() == ConnectionEventKind.TRANSMISSION_TEST)) {
            assertThat(Instant.now()).as("test report in the connection's history").isBefore(deadline);
            Thread.sleep(200);
        }
        assertThat(operator.call(() -> register.connection(connectionId))).satisfies(connection -> {
            assertThat(connection.getLineActiveSince()).isEqualTo(Instant.parse("2026-11-28T11:00:00Z"));
            assertThat(connection.getStanding()).isEqualTo(Connection.Standing.ACTIVE);
        });
        long espaceId = fixtures.espaceOf(AsApplicantOne.EMAIL);
        assertThat(applicant.call(() -> register.historyForMyEspace(espaceId, connectionId)))
                .as("what the client reads of its connection's history")
                .extracting(ConnectionEvent::getKind)
                .containsExactly(ConnectionEventKind.CONNECTED, ConnectionEventKind.LINE_ACTIVE,
                        ConnectionEventKind.TRANSMISSION_TEST);
        assertThat(operator.call(() -> register.history(connectionId))).filteredOn(e -> e.getKind() == ConnectionEventKind.TRANSMISSION_TEST)
                .singleElement().satisfies(e -> assertThat(e.getNote()).contains("PASSED").contains("Signal received"));
        assertThat(admin.call(() -> audit.forActor("POST Luxembourg", 500)))
                .as("the report in the audit trail, on this connection")
                .filteredOn(a -> a.getAction() == AuditAction.CONNECTION_EVENT && a.getDetail().startsWith("TRANSMISSION_TEST"))
                .extracting(AuditEvent::getSubjectType, AuditEvent::getSubjectId)
                .contains(tuple("connection", clientNumber));
        assertThat(operator.call(() -> traffic.aboutConnections(List.of(connectionId))))
                .as("the client's page lists POST's messages about the connection")
                .extracting(PartnerMessage::getMessageType)
                .contains("CLIENT_NUMBER_ASSIGNED", "LINE_ACTIVE", "TRANSMISSION_TEST_REPORTED");

        // POST ends the line: the connection ends, the client is told, staff read POST's reason.
        String ended = sendFromPost("LINE_ENDED", "<LineEnded xmlns=\"urn:lu:alarmis:post:1\"><clientNumber>" + clientNumber
                + "</clientNumber><lineId>LINE-1</lineId><endedAt>2026-11-29T08:00:00Z</endedAt>"
                + "<reason>Contract ended by the client.</reason></LineEnded>", null);
        awaitInbound(ended);
        assertThat(inbound(ended).getStatus()).isEqualTo(PartnerMessageStatus.APPLIED);
        assertThat(operator.call(() -> register.connection(connectionId)).getState()).isEqualTo(ConnectionState.ENDED);
        assertThat(operator.call(() -> register.history(connectionId))).last().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo(ConnectionEventKind.LINE_ENDED);
            assertThat(e.getFromState()).isEqualTo(ConnectionState.ACTIVE);
            assertThat(e.getToState()).isEqualTo(ConnectionState.ENDED);
            assertThat(e.getNote()).contains("Contract ended by the client.");
        });
        assertThat(applicant.call(() -> notifications.inbox(espaceId)))
                .filteredOn(n -> Long.valueOf(connectionId).equals(n.getConnectionId()))
                .extracting(n -> n.getKind() + ": " + n.getDetail() + " · " + n.getSubjectReference())
                .containsExactly("LINE_ENDED: Contract ended by the client. · " + clientNumber);
        TextMessage accepted = post.answerTo(ended, TIMEOUT);
        schema.check(PostMessageType.MESSAGE_ACCEPTED, accepted.getText());
        assertThat(accepted.getText()).contains("<outcome>APPLIED</outcome>");
        assertThat(operator.call(() -> traffic.aboutConnections(List.of(connectionId))))
                .as("POST ended the line itself: nothing to tell it back")
                .extracting(PartnerMessage::getMessageType).doesNotContain("CONNECTION_ENDED");

        // POST refuses one of ours: recorded for staff, and not answered (answering a rejection could loop).
        String assignedId = assigned.getStringProperty(PostMessageProperties.MESSAGE_ID);
        String refusal = sendFromPost("MESSAGE_REJECTED", "<MessageRejected xmlns=\"urn:lu:alarmis:post:1\"><rejectedMessageId>"
                + assignedId + "</rejectedMessageId><errorCode>SCHEMA_INVALID</errorCode>"
                + "<reason>lineId unknown at POST</reason></MessageRejected>", assignedId);
        awaitInbound(refusal);
        assertThat(inbound(refusal).getNote()).contains(assignedId).contains("lineId unknown at POST");
        assertThat(post.answerTo(refusal, Duration.ofSeconds(3))).as("answer to POST's rejection").isNull();
    }

    @Test
    void aConnectionSuspendedReinstatedAndEndedByThePoliceIsToldToPostAndTheClientEachTime() throws Exception {
        ConnectionRequest approved = fixtures.approved("Diekirch");
        long id = approved.getId();
        String clientNumber = approved.getClientNumber();
        long connectionId = approved.getConnection().getId();

        assertThatThrownBy(() -> supervisorTwo.call(() -> register.reinstate(connectionId, connectionVersion(connectionId), "why")))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("connection.notSuspended"));

        // Announced by the operator, answered by the client, decided by a supervisor (IntendedDecisionIT has the rules).
        IntendedDecision intended = operator.call(() -> decisions.announce(Measure.SUSPEND_CONNECTION, connectionId,
                "No servicing certificate.", LocalDate.now(Luxembourg.ZONE).plusDays(8)));
        long espace = fixtures.espaceOf(AsApplicantOne.EMAIL);
        applicant.call(() -> decisions.answer(espace, intended.getId(), intended.getVersion(), "It was lost in the post."));
        supervisorTwo.call(() -> decisions.decide(intended.getId(), decisions.get(intended.getId()).getVersion(), true,
                "Servicing certificate overdue."));
        assertConnectionMessage(PostMessageType.CONNECTION_SUSPENDED, clientNumber, "Servicing certificate overdue.");
        supervisorTwo.call(() -> register.reinstate(connectionId, connectionVersion(connectionId), "Certificate received."));
        assertConnectionMessage(PostMessageType.CONNECTION_REINSTATED, clientNumber, "Certificate received.");
        long stale = connectionVersion(connectionId);
        supervisorTwo.call(() -> decisions.takeUrgently(Measure.END_CONNECTION, connectionId, "The shop closed.",
                "The site is empty and its alarm calls patrols out."));
        assertConnectionMessage(PostMessageType.CONNECTION_ENDED, clientNumber, "The shop closed.");
        assertThatThrownBy(() -> supervisorTwo.call(() -> register.reinstate(connectionId, stale, "again")))
                .as("an action on a version someone else changed").isInstanceOf(BusinessException.class);

        assertThat(operator.call(() -> register.connection(connectionId)).getState()).isEqualTo(ConnectionState.ENDED);
        assertThat(operator.call(() -> review.get(id)).getConnection().getId())
                .as("the request refers to its connection").isEqualTo(connectionId);
        assertThat(operator.call(() -> register.history(connectionId)))
                .extracting(e -> e.getKind() + " " + e.getFromState() + "→" + e.getToState() + " " + e.getActor() + ": " + e.getNote())
                .containsExactly("CONNECTED null→ACTIVE " + AsSupervisorTwo.EMAIL + ": R-" + id,
                        "SUSPENSION_INTENDED ACTIVE→ACTIVE " + AsOperator.EMAIL + ": No servicing certificate.",
                        "INTENDED_DECISION_ANSWERED ACTIVE→ACTIVE " + AsApplicantOne.EMAIL + ": It was lost in the post.",
                        "SUSPENDED ACTIVE→SUSPENDED " + AsSupervisorTwo.EMAIL + ": Servicing certificate overdue.",
                        "REINSTATED SUSPENDED→ACTIVE " + AsSupervisorTwo.EMAIL + ": Certificate received.",
                        "ENDED ACTIVE→ENDED " + AsSupervisorTwo.EMAIL + ": The shop closed.");
        assertThat(applicant.call(() -> notifications.inbox(espace)))
                .filteredOn(n -> Long.valueOf(connectionId).equals(n.getConnectionId()))
                .extracting(n -> n.getKind() + ": " + n.getDetail())
                .contains("SUSPENSION_INTENDED: No servicing certificate.",
                        "CONNECTION_SUSPENDED: Servicing certificate overdue.",
                        "CONNECTION_REINSTATED: Certificate received.", "CONNECTION_ENDED: The shop closed.");
        assertThat(operator.call(() -> traffic.aboutConnections(List.of(connectionId))))
                .as("an intention is not POST's business: only the measure is told, once")
                .extracting(PartnerMessage::getMessageType)
                .filteredOn("CONNECTION_SUSPENDED"::equals).hasSize(1);
    }

    private long connectionVersion(long connectionId) throws Exception {
        return operator.call(() -> register.connection(connectionId)).getVersion();
    }

    private void assertConnectionMessage(PostMessageType type, String clientNumber, String reason) {
        TextMessage message = awaitOutbound(type, "<clientNumber>" + clientNumber + "</clientNumber>");
        schema.check(type, text(message));
        assertThat(text(message)).contains("<reason>" + reason + "</reason>").contains("<effectiveAt>");
    }

    @Test
    void messagesThatBreakTheContractAreAnsweredWithTheReason() throws Exception {
        assertRejected(sendFromPost("ORDER_CONFIRMED", PostMessagingIT.orderConfirmed("lower case"), null),
                PostErrorCode.SCHEMA_INVALID);
        assertRejected(send("ORDER_CONFIRMED", "2.0", PostMessagingIT.orderConfirmed(newOrder()), null),
                PostErrorCode.UNSUPPORTED_VERSION);
        assertRejected(sendFromPost("ORDER_CONFIRMED", "<a>" + "x".repeat(PostSchema.MAX_BODY_CHARS) + "</a>", null),
                PostErrorCode.TOO_LARGE);
        assertRejected(sendFromPost("CLIENT_NUMBER_ASSIGNED", "<x/>", null), PostErrorCode.UNKNOWN_TYPE);
        assertRejected(sendFromPost("ORDER_CONFIRMED", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
                null), PostErrorCode.NOT_WELL_FORMED);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void assertRejected(String messageId, PostErrorCode code) throws Exception {
        awaitInbound(messageId);
        PartnerMessage stored = inbound(messageId);
        assertThat(stored.getStatus()).as(messageId).isEqualTo(PartnerMessageStatus.REJECTED);
        assertThat(stored.getErrorCode()).isEqualTo(code);
        TextMessage answer = post.answerTo(messageId, TIMEOUT);
        assertThat(answer).as("MessageRejected for " + code).isNotNull();
        schema.check(PostMessageType.MESSAGE_REJECTED, answer.getText());
        assertThat(answer.getText()).contains("<errorCode>" + code + "</errorCode>");
    }

    private static String newOrder() {
        return "ORD-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
    }

    private String sendFromPost(String type, String body, String correlationId) throws Exception {
        return send(type, PostSchema.VERSION, body, correlationId);
    }

    private String send(String type, String version, String body, String correlationId) {
        return post.send("post-" + UUID.randomUUID(), type, version, body, correlationId);
    }

    private TextMessage awaitOutbound(PostMessageType type, String bodyContains) {
        TextMessage message = post.receiveFirst(PostMessageProperties.MESSAGE_TYPE + " = '" + type.name() + "'",
                candidate -> text(candidate).contains(bodyContains), TIMEOUT);
        if (message == null) {
            throw new AssertionError("no " + type + " containing " + bodyContains + " on PostOutbound");
        }
        return message;
    }

    private static String text(TextMessage message) {
        try {
            return message.getText();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitState(long id, RequestState state) throws Exception {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (fixtures.state(id) != state) {
            assertThat(Instant.now()).as("request " + id + " in " + state).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private void awaitInbound(String messageId) throws Exception {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (admin.call(() -> traffic.findMessage(MessageDirection.INBOUND, messageId)).isEmpty()) {
            assertThat(Instant.now()).as("message " + messageId + " recorded").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private PartnerMessage inbound(String messageId) throws Exception {
        return admin.call(() -> traffic.findMessage(MessageDirection.INBOUND, messageId)).orElseThrow();
    }
}
