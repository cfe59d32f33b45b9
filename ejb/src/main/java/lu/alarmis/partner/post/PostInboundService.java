package lu.alarmis.partner.post;

import static lu.alarmis.common.Text.blank;
import static lu.alarmis.common.Text.cut;
import static lu.alarmis.common.Text.strip;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import lu.alarmis.client.LineAnswer;
import lu.alarmis.client.LineMessages;
import lu.alarmis.compliance.TestReports;
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

    @EJB
    private LineMessages lines;

    @EJB
    private TestReports testReports;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /** @return what became of the message; {@code null} for a duplicate, which changes nothing. */
    public PartnerMessageStatus accept(InboundPostMessage envelope) {
        String messageId = recordableIdOrFail(envelope);
        if (recorded(messageId)) {
            LOG.info(() -> "Duplicate POST message " + messageId + " ignored");
            return null;
        }
        PartnerMessage message = applyAndRecord(envelope, messageId);
        messages.flush(); // a database refusal fails this message here, where its consumer records why
        return message.getStatus();
    }

    /**
     * Applies several messages in one transaction, each as {@link #accept} would, with one look-up of
     * their ids and no flush of its own per message, so that Hibernate can write their rows in JDBC
     * batches. If one of them fails, nothing of any of them is kept; the caller then applies them one
     * by one ({@link PostInboundConsumer}).
     */
    public void acceptAll(List<InboundPostMessage> envelopes) {
        List<String> ids = envelopes.stream().map(PostInboundService::recordableIdOrFail).toList();
        Set<String> recorded = new HashSet<>(messages.recordedIds(MessageDirection.INBOUND, ids));
        for (int i = 0; i < envelopes.size(); i++) {
            String messageId = ids.get(i);
            if (!recorded.add(messageId)) { // recorded before, or earlier in this batch
                LOG.info(() -> "Duplicate POST message " + messageId + " ignored");
                continue;
            }
            applyAndRecord(envelopes.get(i), messageId);
        }
        if (transaction.getRollbackOnly()) { // returning would let the receiver acknowledge what is not kept
            throw new IllegalStateException("The transaction of a batch of POST messages was marked for rollback");
        }
    }

    /** The id it is recorded and answered under; one too long for that fails (the broker dead-letters it for staff). */
    private static String recordableIdOrFail(InboundPostMessage envelope) {
        String messageId = envelope.messageId() == null || envelope.messageId().isBlank()
                ? "missing:" + envelope.transportId() : envelope.messageId().strip();
        if (messageId.length() > PartnerMessage.MESSAGE_ID_MAX) {
            throw new IllegalArgumentException("POST message id longer than " + PartnerMessage.MESSAGE_ID_MAX
                    + " characters (transport id " + envelope.transportId() + ")");
        }
        return messageId;
    }

    private PartnerMessage applyAndRecord(InboundPostMessage envelope, String messageId) {
        PartnerMessage message = received(envelope, messageId);
        try {
            PostMessageType type = checkEnvelope(envelope);
            apply(message, type, new PostMessageReader(schema.read(type, envelope.body())));
            if (answerable(envelope)) {
                answerAcceptance(message);
            }
        } catch (PostMessageRefusedException refused) {
            reject(message, envelope, refused.code(), refused.reason());
        }
        messages.add(message); // with its outcome: one insert, rather than an insert and an update
        return message;
    }

    /**
     * Whether a message whose processing failed has been recorded by another delivery of it: two
     * copies processed at the same time (POST resent it meanwhile) both find no record, and the
     * second fails on the message id that the first recorded. It is then a duplicate, not a failure.
     */
    public boolean recordedMeanwhile(InboundPostMessage envelope) {
        return recordableId(envelope).filter(this::recorded).isPresent();
    }

    /**
     * Staff set aside a message of POST that could not be processed (it was dead-lettered): it is
     * recorded as rejected with their reason, so a resend under the same id changes nothing, and
     * POST is answered, where its id allows.
     */
    @RolesAllowed({Roles.CIN_SUPERVISOR, Roles.ADMIN})
    public void discarded(InboundPostMessage envelope, String reason) {
        String messageId = recordableId(envelope).orElse(null);
        if (messageId == null) {
            return; // it cannot be recorded nor answered by its id; the dead-letter decision keeps it
        }
        if (recorded(messageId)) {
            return; // processed meanwhile (a copy got through): it was answered then
        }
        PartnerMessage message = received(envelope, messageId);
        reject(message, envelope, PostErrorCode.DISCARDED, reason);
        messages.add(message);
    }

    /**
     * Applies again the parked messages waiting for that key (called as something they wait for
     * appears). One that no longer applies is rejected and answered, without failing the caller.
     */
    public void applyParked(String parkKey) {
        for (PartnerMessage message : messages.parked(parkKey)) {
            PostMessageType type = PostMessageType.named(message.getMessageType()).orElseThrow();
            try {
                apply(message, type, new PostMessageReader(schema.read(type, message.getBody())));
            } catch (PostMessageRefusedException refused) {
                message.rejected(refused.code(), refused.reason());
                outbox.reject(message.getMessageId(), refused.code(), refused.reason());
            }
        }
    }

    /**
     * Applies again the messages parked since that instant. One parked while what it waits for was
     * appearing, in a transaction that committed after that one looked for it ({@link #applyParked}
     * found nothing), would otherwise wait for good; {@link ParkedPostMessages} sweeps every minute.
     */
    public void applyParkedSince(Instant since) {
        for (String parkKey : messages.parkKeysSince(since)) {
            applyParked(parkKey);
        }
    }

    private boolean recorded(String messageId) {
        return messages.findByMessageId(MessageDirection.INBOUND, messageId).isPresent();
    }

    /** POST's own message id, when it has one that can be recorded (and answered); empty otherwise. */
    private static Optional<String> recordableId(InboundPostMessage envelope) {
        return Optional.ofNullable(envelope.messageId()).map(String::strip)
                .filter(id -> !id.isEmpty() && id.length() <= PartnerMessage.MESSAGE_ID_MAX);
    }

    /** The message as received, to be recorded once its outcome is set. */
    private static PartnerMessage received(InboundPostMessage envelope, String messageId) {
        return new PartnerMessage(MessageDirection.INBOUND, messageId,
                orUnknown(envelope.messageType(), PartnerMessage.MESSAGE_TYPE_MAX),
                orUnknown(envelope.schemaVersion(), PartnerMessage.SCHEMA_VERSION_MAX), envelope.correlationId(),
                bodyToKeep(envelope.body()), Instant.now());
    }

    private void reject(PartnerMessage message, InboundPostMessage envelope, PostErrorCode code, String reason) {
        message.rejected(code, reason);
        if (answerable(envelope)) {
            outbox.reject(message.getMessageId(), code, reason);
        }
    }

    /** Every message of POST is answered once, except its own rejections: answering those could loop. */
    private static boolean answerable(InboundPostMessage envelope) {
        return !PostMessageType.MESSAGE_REJECTED.name().equals(strip(envelope.messageType()));
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
        String parkKey;
        Result result;
        switch (type) {
            case ORDER_CONFIRMED -> {
                parkKey = orderKey(body.text("orderReference"));
                result = Result.of(answers.orderConfirmed(body.text("orderReference"), body.text("lineId"),
                        body.text("transmitterId"), id));
            }
            case ORDER_REJECTED -> {
                parkKey = orderKey(body.text("orderReference"));
                result = Result.of(answers.orderRejected(body.text("orderReference"), body.text("reasonCode"),
                        body.text("reason"), id));
            }
            case LINE_ACTIVE -> {
                parkKey = clientKey(body.text("clientNumber"));
                result = Result.of(lines.lineActive(body.text("clientNumber"), body.text("lineId"),
                        body.instant("activeSince"), id));
            }
            case TRANSMISSION_TEST_REPORTED -> {
                parkKey = clientKey(body.text("clientNumber"));
                result = Result.of(testReports.reported(body.text("clientNumber"), body.instant("testedAt"),
                        body.text("result"), body.text("details"), id));
            }
            case LINE_ENDED -> {
                parkKey = clientKey(body.text("clientNumber"));
                result = Result.of(lines.lineEnded(body.text("clientNumber"), body.text("lineId"),
                        body.instant("endedAt"), body.text("reason"), id));
            }
            case MESSAGE_REJECTED -> {
                // POST refused one of ours: recorded for staff to see; nothing to apply.
                message.applied(Concerning.NOTHING, "POST rejected our message " + body.text("rejectedMessageId")
                        + ": " + body.text("errorCode") + " " + body.text("reason"));
                return;
            }
            default -> throw new IllegalStateException("inbound type without handling: " + type);
        }
        switch (result.outcome()) {
            case APPLIED -> message.applied(result.subject(), result.note());
            case WAITING -> message.parked(parkKey, result.note());
            case NOT_APPLICABLE -> throw new PostMessageRefusedException(PostErrorCode.NOT_APPLICABLE, result.note());
        }
    }

    /** What became of a message: from the request side (orders) or the register (lines). */
    private record Result(PostAnswer.Outcome outcome, Concerning subject, String note) {

        static Result of(PostAnswer answer) {
            return new Result(answer.outcome(), answer.requestId() == null ? Concerning.NOTHING
                    : Concerning.request(answer.requestId()), answer.note());
        }

        static Result of(LineAnswer answer) {
            return new Result(answer.outcome() == LineAnswer.Outcome.APPLIED ? PostAnswer.Outcome.APPLIED
                    : PostAnswer.Outcome.WAITING, answer.connectionId() == null ? Concerning.NOTHING
                    : Concerning.connection(answer.connectionId()), answer.note());
        }
    }

    private void answerAcceptance(PartnerMessage message) {
        String body = PostMessageWriter.start(PostMessageType.MESSAGE_ACCEPTED)
                .element("acceptedMessageId", message.getMessageId())
                .element("outcome", message.getStatus().name())
                .finish();
        outbox.send(PostMessageType.MESSAGE_ACCEPTED, body, message.getMessageId(), message.getConcerning());
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
