package lu.alarmis.it.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.it.support.AsAdmin;
import lu.alarmis.it.support.AsPostInbound;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.partner.post.InboundPostMessage;
import lu.alarmis.partner.post.MessageDirection;
import lu.alarmis.partner.post.PartnerMessage;
import lu.alarmis.partner.post.PartnerMessageStatus;
import lu.alarmis.partner.post.PostErrorCode;
import lu.alarmis.partner.post.PartnerTrafficService;
import lu.alarmis.partner.post.PostInboundService;
import lu.alarmis.partner.post.PostLinkCheckService;
import lu.alarmis.partner.post.PostMessageProperties;

/**
 * The walking skeleton of the POST link, on the real server: real Artemis queues (as configured by
 * config/), a real JMS client, the real MDB and the real database.
 */
@ExtendWith(ArquillianExtension.class)
class PostMessagingIT {

    private static final Duration PROCESSING_TIMEOUT = Duration.ofSeconds(20);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(PostMessagingIT.class);
    }

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/PostInbound")
    private Queue postInbound;

    @Resource(lookup = "java:/jms/queue/PostOutbound")
    private Queue postOutbound;

    @Resource(lookup = "java:/jms/queue/PostDeadLetter")
    private Queue postDeadLetter;

    @EJB(lookup = Deployments.EJB_GLOBAL + "PostLinkCheckService")
    private PostLinkCheckService linkCheck;

    @EJB(lookup = Deployments.EJB_GLOBAL + "PartnerTrafficService")
    private PartnerTrafficService traffic;

    @EJB(lookup = Deployments.EJB_GLOBAL + "PostInboundService")
    private PostInboundService inbound;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private AsPostInbound asPostInbound;

    @Test
    void anAnswerToAnOrderNobodyFiledYetIsStoredAndParked() throws Exception {
        String messageId = UUID.randomUUID().toString();

        sendToPostInbound(messageId, "ORDER_CONFIRMED", orderConfirmed("ORD-PARKED-" + Math.abs(messageId.hashCode())));

        PartnerMessage stored = awaitInbound(messageId);
        assertThat(stored.getMessageType()).isEqualTo("ORDER_CONFIRMED");
        assertThat(stored.getSchemaVersion()).isEqualTo("1.0");
        assertThat(stored.getBody()).contains("<lineId>LINE-1</lineId>");
        assertThat(stored.getStatus()).isEqualTo(PartnerMessageStatus.PARKED);
        assertThat(stored.getParkKey()).startsWith("ORDER:ORD-PARKED-");
    }

    @Test
    void aMessageDeliveredTwiceIsAppliedOnceAndNotDeadLettered() throws Exception {
        String messageId = UUID.randomUUID().toString();
        String lineActive = "<LineActive xmlns=\"urn:lu:alarmis:post:1\"><clientNumber>"
                + lu.alarmis.request.ClientNumber.of(2026, 999_999).value() + "</clientNumber><lineId>LINE-9</lineId><activeSince>2026-11-28T10:00:00Z</activeSince></LineActive>";

        sendToPostInbound(messageId, "LINE_ACTIVE", lineActive);
        sendToPostInbound(messageId, "LINE_ACTIVE", lineActive);

        awaitInbound(messageId);
        awaitQueueWithout(postInbound, messageId);
        assertThat(asAdmin.call(() -> traffic.latest(200)))
                .filteredOn(message -> message.getMessageId().equals(messageId))
                .hasSize(1);
        assertThat(browse(postDeadLetter, messageId)).isEmpty();
    }

    @Test
    void aMessageThatCannotEvenBeRecordedIsRedeliveredThenDeadLettered() throws Exception {
        // An id longer than the contract allows: it can be neither stored nor answered by its id.
        String messageId = "x".repeat(PartnerMessage.MESSAGE_ID_MAX + 1);

        sendToPostInbound(messageId, "ORDER_CONFIRMED", orderConfirmed("ORD-1234"));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (browse(postDeadLetter, messageId).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        Message deadLettered = browse(postDeadLetter, messageId).orElseThrow(
                () -> new AssertionError("message " + messageId + " did not reach PostDeadLetter"));
        assertThat(deadLettered.getStringProperty("_AMQ_ORIG_ADDRESS")).isEqualTo("jms.queue.PostInbound");
        assertThat(asAdmin.call(() -> traffic.latest(200))).noneMatch(m -> m.getMessageId().equals(messageId));
    }

    @Test
    void aLinkCheckIsSentToPostWhenItsTransactionCommits() throws Exception {
        String messageId = asAdmin.call(() -> linkCheck.requestLinkCheck());

        try (JMSContext jms = connectionFactory.createContext();
             JMSConsumer consumer = jms.createConsumer(postOutbound, selector(messageId))) {
            TextMessage received = (TextMessage) consumer.receive(PROCESSING_TIMEOUT.toMillis());
            assertThat(received).as("link check on PostOutbound").isNotNull();
            assertThat(received.getStringProperty(PostMessageProperties.MESSAGE_TYPE)).isEqualTo("LINK_CHECK");
            assertThat(received.getStringProperty(PostMessageProperties.SCHEMA_VERSION)).isEqualTo("1.0");
            assertThat(received.getText()).startsWith("<linkCheck xmlns=\"urn:lu:alarmis:post:1\">");
        }
        assertThat(asAdmin.call(() -> traffic.findMessage(MessageDirection.OUTBOUND, messageId))).isPresent();
    }

    @Test
    void nothingIsSentToPostWhenTheTransactionRollsBack() throws Exception {
        String[] sentId = new String[1];

        assertThatThrownBy(() -> asAdmin.call(() -> {
            sentId[0] = linkCheck.requestLinkCheck();
            throw new IllegalStateException("the caller's work fails after the send");
        })).isInstanceOf(EJBException.class);

        assertThat(sentId[0]).isNotNull();
        try (JMSContext jms = connectionFactory.createContext();
             JMSConsumer consumer = jms.createConsumer(postOutbound, selector(sentId[0]))) {
            assertThat(consumer.receive(2_000)).as("message of a rolled-back transaction").isNull();
        }
        assertThat(asAdmin.call(() -> traffic.findMessage(MessageDirection.OUTBOUND, sentId[0]))).isEmpty();
    }

    @Test
    void aMessageWithoutTypeIsRecordedAsRejectedAndAnswered() throws Exception {
        String messageId = UUID.randomUUID().toString();
        var untyped = new InboundPostMessage(messageId, "", "1.0", null, "<x/>", "ID:test");

        assertThat(asPostInbound.call(() -> inbound.accept(untyped))).isEqualTo(PartnerMessageStatus.REJECTED);

        PartnerMessage stored = asAdmin.call(() -> traffic.findMessage(MessageDirection.INBOUND, messageId)).orElseThrow();
        assertThat(stored.getErrorCode()).isEqualTo(PostErrorCode.MISSING_PROPERTY);
        try (JMSContext jms = connectionFactory.createContext();
             JMSConsumer consumer = jms.createConsumer(postOutbound, "JMSCorrelationID = '" + messageId + "'")) {
            TextMessage answer = (TextMessage) consumer.receive(PROCESSING_TIMEOUT.toMillis());
            assertThat(answer).as("MessageRejected on PostOutbound").isNotNull();
            assertThat(answer.getStringProperty(PostMessageProperties.MESSAGE_TYPE)).isEqualTo("MESSAGE_REJECTED");
            assertThat(answer.getText()).contains("<errorCode>MISSING_PROPERTY</errorCode>")
                    .contains("<rejectedMessageId>" + messageId + "</rejectedMessageId>");
        }
    }

    @Test
    void staffWithoutTheRightRoleCannotReadTheTraffic() {
        assertThatThrownBy(() -> traffic.latest(10)).isInstanceOf(jakarta.ejb.EJBAccessException.class);
        assertThatThrownBy(() -> asPostInbound.call(() -> traffic.latest(10)))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    private void sendToPostInbound(String messageId, String type, String body) throws Exception {
        try (JMSContext jms = connectionFactory.createContext()) {
            TextMessage message = jms.createTextMessage(body);
            message.setStringProperty(PostMessageProperties.MESSAGE_ID, messageId);
            message.setStringProperty(PostMessageProperties.MESSAGE_TYPE, type);
            message.setStringProperty(PostMessageProperties.SCHEMA_VERSION, "1.0");
            jms.createProducer().send(postInbound, message);
        }
    }

    static String orderConfirmed(String orderReference) {
        return "<OrderConfirmed xmlns=\"urn:lu:alarmis:post:1\"><orderReference>" + orderReference
                + "</orderReference><lineId>LINE-1</lineId><transmitterId>TX-1</transmitterId>"
                + "<confirmedAt>2026-11-28T10:00:00Z</confirmedAt></OrderConfirmed>";
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

    private void awaitQueueWithout(Queue queue, String messageId) throws Exception {
        Instant deadline = Instant.now().plus(PROCESSING_TIMEOUT);
        while (browse(queue, messageId).isPresent()) {
            assertThat(Instant.now()).as("queue drained of " + messageId).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private Optional<Message> browse(Queue queue, String messageId) throws Exception {
        try (JMSContext jms = connectionFactory.createContext()) {
            var browser = jms.createBrowser(queue, selector(messageId));
            return Collections.list(browser.getEnumeration()).stream().map(Message.class::cast).findFirst();
        }
    }

    private static String selector(String messageId) {
        return PostMessageProperties.MESSAGE_ID + " = '" + messageId + "'";
    }
}
