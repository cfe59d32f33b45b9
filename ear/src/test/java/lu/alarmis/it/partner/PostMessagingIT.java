package lu.alarmis.it.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.jms.TextMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.common.BusinessException;
import lu.alarmis.it.support.AsAdmin;
import lu.alarmis.it.support.AsOperator;
import lu.alarmis.it.support.AsPostInbound;
import lu.alarmis.it.support.AsSupervisorOne;
import lu.alarmis.it.support.DatabaseDependent;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.PostPartner;
import lu.alarmis.it.support.PostPartnerClient.Outgoing;
import lu.alarmis.partner.post.InboundPostMessage;
import lu.alarmis.partner.post.MessageDirection;
import lu.alarmis.partner.post.PartnerMessage;
import lu.alarmis.partner.post.PartnerMessageStatus;
import lu.alarmis.partner.post.PartnerTrafficService;
import lu.alarmis.partner.post.PostErrorCode;
import lu.alarmis.partner.post.PostInboundService;
import lu.alarmis.partner.post.PostMessageProperties;
import lu.alarmis.partner.post.deadletter.DeadLetter;
import lu.alarmis.partner.post.deadletter.DeadLetterDecision;
import lu.alarmis.partner.post.deadletter.DeadLetterDecisionKind;
import lu.alarmis.partner.post.deadletter.DeadLetterDesk;

/**
 * The reliability of the POST link on the real server: real Artemis queues as config/ sets them
 * up, POST played by a remote JMS client with the partner's credentials, the real receiver and the real
 * database. Answers exactly once, nothing sent for a rolled-back change, and the dead-letter queue
 * as staff work it: why a message failed, replay once the cause is mended, discard with a reason.
 */
@Tag(DatabaseDependent.TAG)
@ExtendWith(ArquillianExtension.class)
class PostMessagingIT {

    private static final Duration PROCESSING_TIMEOUT = Duration.ofSeconds(20);
    /** Five attempts, 1 s + 2 s + 4 s + 8 s apart (config/configure-server.cli), and some slack. */
    private static final Duration DEAD_LETTER_TIMEOUT = Duration.ofSeconds(60);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(PostMessagingIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/AlarmisDS")
    private DataSource database;

    @EJB(lookup = Deployments.EJB_GLOBAL + "PartnerTrafficService")
    private PartnerTrafficService traffic;

    @EJB(lookup = Deployments.EJB_GLOBAL + "PostInboundService")
    private PostInboundService inbound;

    @EJB(lookup = Deployments.EJB_GLOBAL + "DeadLetterDesk")
    private DeadLetterDesk deadLetters;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private AsSupervisorOne supervisor;

    @Inject
    private AsOperator operator;

    @Inject
    private AsPostInbound asPostInbound;

    private final PostPartner post = new PostPartner();

    @Test
    void anAnswerToAnOrderNobodyFiledYetIsParkedAndAcknowledgedAsParked() throws Exception {
        String messageId = post.send("ORDER_CONFIRMED", orderConfirmed("ORD-PARKED-" + shortId()));

        PartnerMessage stored = awaitInbound(messageId);
        assertThat(stored.getMessageType()).isEqualTo("ORDER_CONFIRMED");
        assertThat(stored.getSchemaVersion()).isEqualTo("1.0");
        assertThat(stored.getBody()).contains("<lineId>LINE-1</lineId>");
        assertThat(stored.getStatus()).isEqualTo(PartnerMessageStatus.PARKED);
        assertThat(stored.getParkKey()).startsWith("ORDER:ORD-PARKED-");

        TextMessage answer = post.answerTo(messageId, PROCESSING_TIMEOUT);
        assertThat(answer).as("MessageAccepted on PostOutbound").isNotNull();
        assertThat(answer.getStringProperty(PostMessageProperties.MESSAGE_TYPE)).isEqualTo("MESSAGE_ACCEPTED");
        assertThat(answer.getText()).contains("<acceptedMessageId>" + messageId + "</acceptedMessageId>")
                .contains("<outcome>PARKED</outcome>");
    }

    @Test
    void aMessageDeliveredTwiceIsAppliedAndAnsweredOnceAndNotDeadLettered() throws Exception {
        String messageId = "post-" + UUID.randomUUID();
        String lineActive = "<LineActive xmlns=\"urn:lu:alarmis:post:1\"><clientNumber>"
                + lu.alarmis.client.ClientNumber.of(2026, 999_999).value()
                + "</clientNumber><lineId>LINE-9</lineId><activeSince>2026-11-28T10:00:00Z</activeSince></LineActive>";

        post.send(messageId, "LINE_ACTIVE", "1.0", lineActive, null);
        post.send(messageId, "LINE_ACTIVE", "1.0", lineActive, null);

        awaitInbound(messageId);
        assertAnsweredOnce(messageId);
        // A duplicate is recognised without failing, so it is consumed, never redelivered nor dead-lettered.
        assertThat(asPostInbound.call(() -> inbound.accept(new InboundPostMessage(messageId, "LINE_ACTIVE", "1.0",
                null, lineActive, "ID:again")))).as("status of a duplicate").isNull();
        assertThat(asAdmin.call(() -> traffic.latest(200)))
                .filteredOn(message -> message.getMessageId().equals(messageId))
                .hasSize(1);
        assertThat(deadLetter(messageId)).isEmpty();
        // A copy whose processing failed because the other copy recorded the id meanwhile is a duplicate too.
        assertThat(asPostInbound.call(() -> inbound.recordedMeanwhile(new InboundPostMessage(" " + messageId + " ",
                "LINE_ACTIVE", "1.0", null, lineActive, "ID:third")))).as("recorded by the other copy").isTrue();
        assertThat(asPostInbound.call(() -> inbound.recordedMeanwhile(new InboundPostMessage("post-" + UUID.randomUUID(),
                "LINE_ACTIVE", "1.0", null, lineActive, "ID:other")))).as("a message nobody recorded").isFalse();
    }

    @Test
    void aMessageWithoutTypeIsRecordedAsRejectedAndAnswered() throws Exception {
        String messageId = UUID.randomUUID().toString();
        var untyped = new InboundPostMessage(messageId, "", "1.0", null, "<x/>", "ID:test");

        assertThat(asPostInbound.call(() -> inbound.accept(untyped))).isEqualTo(PartnerMessageStatus.REJECTED);

        PartnerMessage stored = asAdmin.call(() -> traffic.findMessage(MessageDirection.INBOUND, messageId)).orElseThrow();
        assertThat(stored.getErrorCode()).isEqualTo(PostErrorCode.MISSING_PROPERTY);
        // Relayed 50 ms after the commit: well before the outbox's 10-second sweep would send it.
        TextMessage answer = post.answerTo(messageId, Duration.ofSeconds(5));
        assertThat(answer).as("MessageRejected on PostOutbound within 5 s").isNotNull();
        assertThat(answer.getStringProperty(PostMessageProperties.MESSAGE_TYPE)).isEqualTo("MESSAGE_REJECTED");
        assertThat(answer.getText()).contains("<errorCode>MISSING_PROPERTY</errorCode>")
                .contains("<rejectedMessageId>" + messageId + "</rejectedMessageId>");
        awaitSent(answer.getStringProperty(PostMessageProperties.MESSAGE_ID));
    }

    @Test
    void anAnswerAlreadyOnPostOutboundWhenACrashStoppedItBeingMarkedSentIsNotSentAgainAndTheOutboxGoesOn()
            throws Exception {
        String first = UUID.randomUUID().toString();
        asPostInbound.call(() -> inbound.accept(new InboundPostMessage(first, "", "1.0", null, "<x/>", "ID:test")));
        TextMessage firstAnswer = post.answerTo(first, PROCESSING_TIMEOUT);
        assertThat(firstAnswer).as("answer to " + first).isNotNull();
        String firstAnswerId = firstAnswer.getStringProperty(PostMessageProperties.MESSAGE_ID);
        awaitSent(firstAnswerId);
        // The server died after the broker took the answer and before the outbox recorded it as sent.
        execute("UPDATE partner_message SET status = 'PENDING', sent_at = NULL WHERE direction = 'OUTBOUND'"
                + " AND message_id = '" + firstAnswerId + "'");

        String second = UUID.randomUUID().toString();
        asPostInbound.call(() -> inbound.accept(new InboundPostMessage(second, "", "1.0", null, "<x/>", "ID:test")));

        assertThat(post.answerTo(second, PROCESSING_TIMEOUT)).as("answer to " + second + ", relayed after the copy").isNotNull();
        awaitSent(firstAnswerId);
        assertThat(post.allAnswersTo(first, Duration.ofSeconds(3))).as("answers to " + first + " received again").isEmpty();
    }

    @Test
    void aRejectionFromPostIsNeverAnsweredEvenWhenItBreaksTheContract() throws Exception {
        String messageId = "post-" + UUID.randomUUID();
        var malformed = new InboundPostMessage(messageId, "MESSAGE_REJECTED", "1.0", null, "<x/>", "ID:test");

        assertThat(asPostInbound.call(() -> inbound.accept(malformed))).isEqualTo(PartnerMessageStatus.REJECTED);

        assertThat(post.answerTo(messageId, Duration.ofSeconds(3))).as("answer to POST's rejection").isNull();
    }

    @Test
    void nothingIsAnsweredNorRecordedWhenTheTransactionRollsBack() throws Exception {
        String messageId = UUID.randomUUID().toString();
        var untyped = new InboundPostMessage(messageId, "", "1.0", null, "<x/>", "ID:test");

        assertThatThrownBy(() -> asPostInbound.call(() -> {
            inbound.accept(untyped);
            throw new IllegalStateException("the work fails after the answer was put in the outbox");
        })).isInstanceOf(EJBException.class);

        assertThat(post.answerTo(messageId, Duration.ofSeconds(3))).as("answer of a rolled-back transaction").isNull();
        assertThat(asAdmin.call(() -> traffic.findMessage(MessageDirection.INBOUND, messageId))).isEmpty();
        assertThat(asAdmin.call(() -> traffic.latest(200))).noneMatch(m -> messageId.equals(m.getCorrelationId()));
    }

    @Test
    void aMessageThatCannotBeRecordedIsDeadLetteredWithWhyAndDiscardedWithWhoAndWhy() throws Exception {
        // An id longer than the contract allows: it can be neither stored nor answered by its id.
        String messageId = "x".repeat(PartnerMessage.MESSAGE_ID_MAX + 1) + shortId();

        post.send(messageId, "ORDER_CONFIRMED", "1.0", orderConfirmed("ORD-1234"), null);

        DeadLetter letter = awaitDeadLetter(messageId);
        assertThat(letter.origin()).isEqualTo("PostInbound");
        assertThat(letter.messageType()).isEqualTo("ORDER_CONFIRMED");
        assertThat(letter.failureReason()).contains("longer than " + PartnerMessage.MESSAGE_ID_MAX);
        assertThat(letter.attempts()).as("failed attempts recorded").isEqualTo(5);
        assertThat(asAdmin.call(() -> traffic.latest(200))).noneMatch(m -> m.getMessageId().equals(messageId));

        supervisor.call(() -> {
            deadLetters.discard(letter.transportId(), "The id breaks the contract; POST was told by phone.");
            return null;
        });

        assertThat(deadLetter(messageId)).isEmpty();
        DeadLetterDecision decision = decisionOn(letter.transportId());
        assertThat(decision.getDecision()).isEqualTo(DeadLetterDecisionKind.DISCARDED);
        assertThat(decision.getDecidedBy()).isEqualTo(AsSupervisorOne.EMAIL);
        assertThat(decision.getReason()).isEqualTo("The id breaks the contract; POST was told by phone.");
        assertThat(decision.getBody()).contains("<orderReference>ORD-1234</orderReference>");
        assertThat(decision.getFailureReason()).contains("longer than");
    }

    @Test
    void aBurstIsAppliedAndAnsweredOnceEachAndTheOneMessageInItThatFailsIsDeadLetteredAlone() throws Exception {
        // POST commits many messages at once: the readers take them in batches, each applied in one
        // database transaction. One of them cannot be recorded (its id is too long), which fails its
        // batch: the others must still be applied and answered once, and only that one dead-lettered,
        // after its attempts.
        String poison = "x".repeat(PartnerMessage.MESSAGE_ID_MAX + 1) + shortId();
        List<Outgoing> burst = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            burst.add(new Outgoing("post-burst-" + UUID.randomUUID(), "ORDER_CONFIRMED",
                    orderConfirmed("ORD-BURST-" + shortId())));
        }
        burst.add(6, new Outgoing(poison, "ORDER_CONFIRMED", orderConfirmed("ORD-BURST-" + shortId())));

        post.sendTogether(burst);

        List<String> applied = burst.stream().map(Outgoing::messageId).filter(id -> !id.equals(poison)).toList();
        for (String messageId : applied) {
            assertThat(awaitInbound(messageId).getStatus()).as(messageId).isEqualTo(PartnerMessageStatus.PARKED);
            assertThat(post.answerTo(messageId, PROCESSING_TIMEOUT)).as("answer to " + messageId).isNotNull();
        }
        DeadLetter letter = awaitDeadLetter(poison);
        assertThat(letter.attempts()).as("failed attempts recorded").isEqualTo(5);
        assertThat(letter.failureReason()).contains("longer than " + PartnerMessage.MESSAGE_ID_MAX);
        // By then the copies of the batch's other messages, redelivered with the failed one, have come
        // and gone: recognised as applied, neither answered again nor dead-lettered.
        for (String messageId : applied) {
            assertThat(post.allAnswersTo(messageId, Duration.ofMillis(300))).as("further answers to " + messageId).isEmpty();
            assertThat(deadLetter(messageId)).as("dead letter " + messageId).isEmpty();
        }
        supervisor.call(() -> {
            deadLetters.discard(letter.transportId(), "Test of a burst: the id breaks the contract.");
            return null;
        });
    }

    @Test
    void messagesThatFailedUntilTheDatabaseWasMendedAreReplayedAndAppliedOrDiscardedAndRejected() throws Exception {
        String messageId = "post-poison-" + UUID.randomUUID();
        String setAside = "post-poison-" + UUID.randomUUID();
        String order = "ORD-REPLAY-" + shortId();
        // A real database refusal of these two messages, as a broken constraint would give in production.
        execute("ALTER TABLE partner_message ADD CONSTRAINT ck_test_poison CHECK (message_id NOT IN ('"
                + messageId + "', '" + setAside + "'))");
        DeadLetter letter;
        DeadLetter other;
        try {
            post.send(messageId, "ORDER_CONFIRMED", "1.0", orderConfirmed(order), null);
            post.send(setAside, "ORDER_CONFIRMED", "1.0", orderConfirmed("ORD-ASIDE-" + shortId()), null);
            letter = awaitDeadLetter(messageId);
            other = awaitDeadLetter(setAside);
        } finally {
            execute("ALTER TABLE partner_message DROP CONSTRAINT ck_test_poison");
        }
        assertThat(letter.failureReason()).containsIgnoringCase("ck_test_poison");
        assertThat(asAdmin.call(() -> traffic.findMessage(MessageDirection.INBOUND, messageId))).isEmpty();

        supervisor.call(() -> {
            deadLetters.replay(letter.transportId(), "Constraint removed by the DBA (ticket 4711).");
            return null;
        });

        PartnerMessage applied = awaitInbound(messageId);
        assertThat(applied.getStatus()).isEqualTo(PartnerMessageStatus.PARKED);
        assertThat(applied.getParkKey()).isEqualTo("ORDER:" + order);
        assertThat(assertAnsweredOnce(messageId).getText()).contains("<outcome>PARKED</outcome>");
        assertThat(deadLetter(messageId)).isEmpty();
        DeadLetterDecision decision = decisionOn(letter.transportId());
        assertThat(decision.getDecision()).isEqualTo(DeadLetterDecisionKind.REPLAYED);
        assertThat(decision.getDecidedBy()).isEqualTo(AsSupervisorOne.EMAIL);
        assertThat(decision.getReason()).isEqualTo("Constraint removed by the DBA (ticket 4711).");

        // The other one is set aside: POST hears why, and a resend under its id changes nothing.
        supervisor.call(() -> {
            deadLetters.discard(other.transportId(), "Order cancelled at POST meanwhile (phone call).");
            return null;
        });
        TextMessage rejection = post.answerTo(setAside, PROCESSING_TIMEOUT);
        assertThat(rejection).as("MessageRejected for the discarded message").isNotNull();
        assertThat(rejection.getText()).contains("<errorCode>DISCARDED</errorCode>")
                .contains("Order cancelled at POST meanwhile (phone call).");
        PartnerMessage discarded = asAdmin.call(() -> traffic.findMessage(MessageDirection.INBOUND, setAside)).orElseThrow();
        assertThat(discarded.getStatus()).isEqualTo(PartnerMessageStatus.REJECTED);
        assertThat(discarded.getErrorCode()).isEqualTo(PostErrorCode.DISCARDED);
        assertThat(deadLetter(setAside)).isEmpty();
    }

    @Test
    void replayAndDiscardNeedAReasonAndARealDeadLetter() {
        String unknown = "ID:" + UUID.randomUUID();

        assertThatThrownBy(() -> supervisor.call(() -> {
            deadLetters.replay(unknown, "  ");
            return null;
        })).isInstanceOfSatisfying(BusinessException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("deadLetter.reasonRequired"));
        assertThatThrownBy(() -> supervisor.call(() -> {
            deadLetters.discard(unknown, "tidying up");
            return null;
        })).isInstanceOfSatisfying(BusinessException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("deadLetter.gone"));
        assertThatThrownBy(() -> supervisor.call(() -> {
            deadLetters.discard("x' OR JMSMessageID IS NOT NULL OR 'a' = 'a", "selector injection");
            return null;
        })).isInstanceOfSatisfying(BusinessException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("deadLetter.gone"));
    }

    @Test
    void onlySupervisorsAndAdministratorsSeeTheTrafficAndTheDeadLetters() {
        assertThatThrownBy(() -> traffic.latest(10)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asPostInbound.call(() -> traffic.latest(10))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> operator.call(() -> deadLetters.waiting())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> operator.call(() -> {
            deadLetters.discard("ID:" + UUID.randomUUID(), "not mine to decide");
            return null;
        })).isInstanceOf(EJBAccessException.class);
    }

    static String orderConfirmed(String orderReference) {
        return "<OrderConfirmed xmlns=\"urn:lu:alarmis:post:1\"><orderReference>" + orderReference
                + "</orderReference><lineId>LINE-1</lineId><transmitterId>TX-1</transmitterId>"
                + "<confirmedAt>2026-11-28T10:00:00Z</confirmedAt></OrderConfirmed>";
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private PartnerMessage awaitInbound(String messageId) throws Exception {
        Instant deadline = Instant.now().plus(PROCESSING_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<PartnerMessage> found = asAdmin.call(() -> traffic.findMessage(MessageDirection.INBOUND, messageId));
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("message " + messageId + " was not stored within " + PROCESSING_TIMEOUT);
    }

    /** The one answer to the message; none other follows it. */
    private TextMessage assertAnsweredOnce(String messageId) {
        TextMessage answer = post.answerTo(messageId, PROCESSING_TIMEOUT);
        assertThat(answer).as("answer to " + messageId).isNotNull();
        assertThat(post.allAnswersTo(messageId, Duration.ofSeconds(4))).as("further answers to " + messageId).isEmpty();
        return answer;
    }

    private void awaitSent(String outboundId) throws Exception {
        Instant deadline = Instant.now().plus(PROCESSING_TIMEOUT);
        PartnerMessage sent;
        do {
            assertThat(Instant.now()).as(outboundId + " marked sent").isBefore(deadline);
            Thread.sleep(200);
            sent = asAdmin.call(() -> traffic.findMessage(MessageDirection.OUTBOUND, outboundId)).orElseThrow();
        } while (sent.getStatus() != PartnerMessageStatus.SENT);
        assertThat(sent.getSentAt()).isNotNull().isAfterOrEqualTo(sent.getRecordedAt());
    }

    private DeadLetter awaitDeadLetter(String messageId) throws Exception {
        Instant deadline = Instant.now().plus(DEAD_LETTER_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<DeadLetter> letter = deadLetter(messageId);
            if (letter.isPresent()) {
                return letter.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("message " + messageId + " did not reach PostDeadLetter");
    }

    /** The message as staff see it among the dead letters. */
    private Optional<DeadLetter> deadLetter(String messageId) throws Exception {
        return supervisor.call(() -> deadLetters.waiting()).stream()
                .filter(letter -> messageId.equals(letter.messageId()))
                .findFirst();
    }

    private DeadLetterDecision decisionOn(String transportId) throws Exception {
        return supervisor.call(() -> deadLetters.decisions(50)).stream()
                .filter(decision -> decision.getTransportId().equals(transportId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no decision on " + transportId));
    }
}
