package lu.alarmis.partner.post;

import static lu.alarmis.common.Text.blank;
import static lu.alarmis.common.Text.cut;

import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import lu.alarmis.request.PostAnswer;
import lu.alarmis.request.PostAnswerService;
import lu.alarmis.security.Roles;

/**
 * Applies messages from POST Luxembourg. Idempotent by message id: a message that arrives twice
 * (redelivery, resend by POST, replay after a restart) is recorded, applied and answered once.
 * Every message is answered exactly once, except POST's own {@code MessageRejected}: with
 * {@code MessageAccepted} when it was applied, or parked because it answers something that does
 * not exist yet (it is applied when that appears); with {@code MessageRejected} when it breaks the
 * contract. Anything else that fails throws, so that the broker redelivers and finally
 * dead-letters the message.
 */
@Stateless
@RolesAllowed(Roles.POST_INBOUND)
public class PostInboundService {

    private static final Logger LOG = Logger.getLogger(PostInboundService.class.getName());

    @Inject
    private PostSchema schema;

    @Inject
    private PartnerMessageRepository messages;

    @Inject
    private PostOutbox outbox;

    @EJB
    private PostAnswerService answers;

    /** @return what became of the message; {@code null} for a duplicate, which changes nothing. */
    public PartnerMessageStatus accept(InboundPostMessage envelope) {
        String messageId = envelope.messageId() == null || envelope.messageId().isBlank()
                ? "missing:" + envelope.transportId() : envelope.messageId().strip();
        if (messageId.length() > PartnerMessage.MESSAGE_ID_MAX) {
            // It could be neither recorded nor answered by its id: the broker dead-letters it for staff.
            throw new IllegalArgumentException("POST message id longer than " + PartnerMessage.MESSAGE_ID_MAX
                    + " characters (transport id " + envelope.transportId() + ")");
        }
        if (messages.findByMessageId(MessageDirection.INBOUND, messageId).isPresent()) {
            LOG.info(() -> "Duplicate POST message " + messageId + " ignored");
            return null;
        }
        PartnerMessage message = new PartnerMessage(MessageDirection.INBOUND, messageId,
                orUnknown(envelope.messageType(), PartnerMessage.MESSAGE_TYPE_MAX),
                orUnknown(envelope.schemaVersion(), PartnerMessage.SCHEMA_VERSION_MAX), envelope.correlationId(),
                bodyToKeep(envelope.body()), Instant.now());
        messages.add(message);
        try {
            PostMessageType type = checkEnvelope(envelope);
            apply(message, type, new PostMessageReader(schema.read(type, envelope.body())));
            if (type != PostMessageType.MESSAGE_REJECTED) { // answering POST's rejections could loop
                answerAcceptance(message);
            }
        } catch (PostMessageRefusedException refused) {
            message.rejected(refused.code(), refused.reason());
            answerRejection(messageId, refused);
        }
        messages.flush(); // a database refusal fails this message here, where its consumer records why
        return message.getStatus();
    }

    /** Applies again the parked messages waiting for that key (called as something they wait for appears). */
    public void applyParked(String parkKey) {
        for (PartnerMessage message : messages.parked(parkKey)) {
            PostMessageType type = PostMessageType.named(message.getMessageType()).orElseThrow();
            apply(message, type, new PostMessageReader(schema.read(type, message.getBody())));
        }
    }

    private PostMessageType checkEnvelope(InboundPostMessage envelope) {
        if (envelope.body() == null) {
            throw new PostMessageRefusedException(PostErrorCode.NOT_TEXT, "only JMS text messages are accepted");
        }
        if (blank(envelope.messageId()) || blank(envelope.messageType()) || blank(envelope.schemaVersion())) {
            throw new PostMessageRefusedException(PostErrorCode.MISSING_PROPERTY,
                    "the JMS properties messageId, messageType and schemaVersion are required");
        }
        PostMessageType type = PostMessageType.named(envelope.messageType())
                .filter(t -> t.travels(MessageDirection.INBOUND))
                .orElseThrow(() -> new PostMessageRefusedException(PostErrorCode.UNKNOWN_TYPE,
                        "messageType " + envelope.messageType() + " is not one POST may send"));
        if (!PostSchema.VERSION.equals(envelope.schemaVersion())) {
            throw new PostMessageRefusedException(PostErrorCode.UNSUPPORTED_VERSION,
                    "schemaVersion " + envelope.schemaVersion() + " is not supported; use " + PostSchema.VERSION);
        }
        return type;
    }

    private void apply(PartnerMessage message, PostMessageType type, PostMessageReader body) {
        String id = message.getMessageId();
        PostAnswer answer;
        String parkKey;
        switch (type) {
            case ORDER_CONFIRMED -> {
                parkKey = orderKey(body.text("orderReference"));
                answer = answers.orderConfirmed(body.text("orderReference"), body.text("lineId"),
                        body.text("transmitterId"), id);
            }
            case ORDER_REJECTED -> {
                parkKey = orderKey(body.text("orderReference"));
                answer = answers.orderRejected(body.text("orderReference"), body.text("reasonCode"),
                        body.text("reason"), id);
            }
            case LINE_ACTIVE -> {
                parkKey = clientKey(body.text("clientNumber"));
                answer = answers.lineActive(body.text("clientNumber"), body.text("lineId"),
                        body.instant("activeSince"), id);
            }
            case TRANSMISSION_TEST_REPORTED -> {
                parkKey = clientKey(body.text("clientNumber"));
                answer = answers.transmissionTest(body.text("clientNumber"), body.instant("testedAt"),
                        body.text("result"), body.text("details"), id);
            }
            case LINE_ENDED -> {
                parkKey = clientKey(body.text("clientNumber"));
                answer = answers.lineEnded(body.text("clientNumber"), body.text("lineId"), body.instant("endedAt"),
                        body.text("reason"), id);
            }
            case MESSAGE_REJECTED -> {
                // POST refused one of ours: recorded for staff to see; nothing to apply.
                message.applied(null, "POST rejected our message " + body.text("rejectedMessageId") + ": "
                        + body.text("errorCode") + " " + body.text("reason"));
                return;
            }
            default -> throw new IllegalStateException("inbound type without handling: " + type);
        }
        switch (answer.outcome()) {
            case APPLIED -> message.applied(answer.requestId(), answer.note());
            case WAITING -> message.parked(parkKey, answer.note());
            case NOT_APPLICABLE -> throw new PostMessageRefusedException(PostErrorCode.NOT_APPLICABLE, answer.note());
        }
    }

    private void answerAcceptance(PartnerMessage message) {
        String body = PostMessageWriter.start(PostMessageType.MESSAGE_ACCEPTED)
                .element("acceptedMessageId", message.getMessageId())
                .element("outcome", message.getStatus().name())
                .finish();
        answer(PostMessageType.MESSAGE_ACCEPTED, message.getMessageId(), body, message.getRequestId());
    }

    private void answerRejection(String messageId, PostMessageRefusedException refused) {
        String body = PostMessageWriter.start(PostMessageType.MESSAGE_REJECTED)
                .element("rejectedMessageId", messageId)
                .element("errorCode", refused.code())
                .element("reason", cut(refused.reason(), 2000))
                .finish();
        answer(PostMessageType.MESSAGE_REJECTED, messageId, body, null);
    }

    private void answer(PostMessageType type, String answeredMessageId, String body, Long requestId) {
        outbox.put(new PartnerMessage(MessageDirection.OUTBOUND, "alarmis-" + UUID.randomUUID(), type.name(),
                PostSchema.VERSION, answeredMessageId, body, Instant.now()).concerning(requestId));
    }

    static String orderKey(String orderReference) {
        return "ORDER:" + orderReference;
    }

    static String clientKey(String clientNumber) {
        return "CLIENT:" + clientNumber;
    }

    private static String orUnknown(String value, int max) {
        return blank(value) ? "(none)" : cut(value.strip(), max);
    }

    /** What is kept of a body: all of a valid one; the start of an oversized one, for the log. */
    private static String bodyToKeep(String body) {
        return body == null ? "" : cut(body, PartnerMessage.BODY_MAX);
    }
}
