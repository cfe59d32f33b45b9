package lu.alarmis.partner.post.deadletter;

import static lu.alarmis.common.Text.cut;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import lu.alarmis.audit.AuditAction;
import lu.alarmis.audit.AuditLog;
import lu.alarmis.common.BusinessException;
import lu.alarmis.partner.post.InboundPostMessage;
import lu.alarmis.partner.post.PostInboundService;
import lu.alarmis.partner.post.PostMessageProperties;
import lu.alarmis.security.Roles;

/**
 * The dead-letter queue of the partner link, for CIN supervisors and administrators: what waits
 * there and why it failed, and the two ways out. <em>Replay</em> puts the message back on the queue
 * it came from (once whatever made it fail is mended); <em>discard</em> takes it off for good. Both
 * happen in one transaction with the record of who decided, when and why, which also keeps the
 * message itself.
 */
@Stateless
@RolesAllowed({Roles.CIN_SUPERVISOR, Roles.ADMIN})
public class DeadLetterDesk {

    /** The broker's message ids ("ID:" and a UUID); anything else is refused before it reaches a selector. */
    private static final Pattern TRANSPORT_ID = Pattern.compile("ID:[0-9a-fA-F-]{36}");
    private static final String ORIGIN_ADDRESS = "_AMQ_ORIG_ADDRESS";
    private static final long TAKE_TIMEOUT_MILLIS = 2_000;
    public static final int LIST_MAX = 200;

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/queue/PostDeadLetter")
    private Queue deadLetter;

    @Resource(lookup = "java:/jms/queue/PostInbound")
    private Queue postInbound;

    @Resource(lookup = "java:/jms/queue/PostOutbound")
    private Queue postOutbound;

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AuditLog audit;

    @EJB
    private PostInboundService inbound;

    /** The oldest {@value #LIST_MAX} messages waiting, oldest first. */
    public List<DeadLetter> waiting() {
        List<DeadLetter> letters = new ArrayList<>();
        QueueBrowser browser = jms.createBrowser(deadLetter);
        try {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && letters.size() < LIST_MAX) {
                letters.add(describe((Message) messages.nextElement()));
            }
            return letters;
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot browse PostDeadLetter", e);
        } finally {
            closeQuietly(browser);
        }
    }

    /** Puts the message back on the queue it came from, to be processed again. */
    public void replay(String transportId, String why) {
        String reason = requireReason(why);
        Message message = take(transportId);
        DeadLetter letter = describe(message);
        Queue origin = originQueue(letter.origin());
        if (!(message instanceof TextMessage text)) {
            throw new BusinessException("deadLetter.notText", "only text messages are replayed: " + transportId);
        }
        jms.createProducer().send(origin, copyOf(text));
        decide(letter, DeadLetterDecisionKind.REPLAYED, reason, AuditAction.PARTNER_MESSAGE_REPLAYED);
    }

    /**
     * Takes the message off the dead-letter queue for good; the decision keeps it. A message of
     * POST is recorded as rejected and answered with {@code MessageRejected} (code DISCARDED, the
     * staff member's reason), so that POST is not left waiting.
     */
    public void discard(String transportId, String why) {
        String reason = requireReason(why);
        DeadLetter letter = describe(take(transportId));
        if ("PostInbound".equals(letter.origin())) {
            inbound.discarded(new InboundPostMessage(letter.messageId(), letter.messageType(), letter.schemaVersion(),
                    letter.correlationId(), letter.body(), letter.transportId()), reason);
        }
        decide(letter, DeadLetterDecisionKind.DISCARDED, reason, AuditAction.PARTNER_MESSAGE_DISCARDED);
    }

    /** The latest decisions, newest first. */
    public List<DeadLetterDecision> decisions(int max) {
        return em.createQuery("select d from DeadLetterDecision d order by d.decidedAt desc, d.id desc",
                        DeadLetterDecision.class)
                .setMaxResults(Math.min(max, LIST_MAX))
                .getResultList();
    }

    private Message take(String transportId) {
        if (transportId == null || !TRANSPORT_ID.matcher(transportId).matches()) {
            throw new BusinessException("deadLetter.gone", "not a dead-letter id: " + transportId);
        }
        try (JMSConsumer consumer = jms.createConsumer(deadLetter, "JMSMessageID = '" + transportId + "'")) {
            Message message = consumer.receive(TAKE_TIMEOUT_MILLIS);
            if (message == null) {
                throw new BusinessException("deadLetter.gone", "no longer on PostDeadLetter: " + transportId);
            }
            return message;
        }
    }

    private void decide(DeadLetter letter, DeadLetterDecisionKind kind, String reason, AuditAction action) {
        String who = context.getCallerPrincipal().getName();
        em.persist(new DeadLetterDecision(letter, kind, who, Instant.now(), reason));
        audit.record(who, action, "PartnerMessage", cut(letter.messageId(), 64),
                cut(letter.messageType() + " from " + letter.origin() + ": " + reason, 1000));
    }

    private DeadLetter describe(Message message) {
        try {
            String transportId = message.getJMSMessageID();
            String messageId = message.getStringProperty(PostMessageProperties.MESSAGE_ID);
            List<DeliveryFailure> failures = failuresOf(transportId, messageId);
            DeliveryFailure last = failures.isEmpty() ? null : failures.get(0);
            return new DeadLetter(transportId, queueName(message.getStringProperty(ORIGIN_ADDRESS)), messageId,
                    message.getStringProperty(PostMessageProperties.MESSAGE_TYPE),
                    message.getStringProperty(PostMessageProperties.SCHEMA_VERSION), message.getJMSCorrelationID(),
                    message.getJMSTimestamp() == 0 ? null : Instant.ofEpochMilli(message.getJMSTimestamp()),
                    message instanceof TextMessage text ? text.getText() : null,
                    last == null ? null : last.getReason(), last == null ? null : last.getFailedAt(),
                    failures.size());
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read a dead-lettered message", e);
        }
    }

    /**
     * Failures of this delivery and, by its message id, of earlier deliveries of the same message
     * (before a replay); newest first. An id too long to be stored whole names nothing reliably.
     */
    private List<DeliveryFailure> failuresOf(String transportId, String messageId) {
        boolean byMessageId = messageId != null && messageId.length() <= DeliveryFailure.ID_MAX;
        TypedQuery<DeliveryFailure> query = em.createQuery("select f from DeliveryFailure f"
                        + " where f.transportId = :transportId" + (byMessageId ? " or f.messageId = :messageId" : "")
                        + " order by f.failedAt desc, f.id desc", DeliveryFailure.class)
                .setParameter("transportId", transportId);
        if (byMessageId) {
            query.setParameter("messageId", messageId);
        }
        return query.setMaxResults(50).getResultList();
    }

    private Queue originQueue(String origin) {
        if ("PostInbound".equals(origin)) {
            return postInbound;
        }
        if ("PostOutbound".equals(origin)) {
            return postOutbound;
        }
        throw new BusinessException("deadLetter.noOrigin", "no queue to replay to: " + origin);
    }

    /** A fresh message with the sender's body and properties, without the broker's own (its duplicate id above all). */
    private TextMessage copyOf(TextMessage original) {
        try {
            TextMessage copy = jms.createTextMessage(original.getText());
            for (Object property : Collections.list(original.getPropertyNames())) {
                String name = (String) property;
                if (!name.startsWith("_AMQ") && !name.startsWith("JMSX")) {
                    copy.setObjectProperty(name, original.getObjectProperty(name));
                }
            }
            copy.setJMSCorrelationID(original.getJMSCorrelationID());
            return copy;
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot copy a dead-lettered message", e);
        }
    }

    /** {@code jms.queue.PostInbound} (Artemis' address of the JMS queue) as staff know it: {@code PostInbound}. */
    static String queueName(String address) {
        if (address == null) {
            return null;
        }
        return address.startsWith("jms.queue.") ? address.substring("jms.queue.".length()) : address;
    }

    private static String requireReason(String why) {
        if (why == null || why.isBlank()) {
            throw new BusinessException("deadLetter.reasonRequired", "a reason is required");
        }
        String reason = why.strip();
        if (reason.length() > DeadLetterDecision.REASON_MAX) {
            throw new BusinessException("deadLetter.reasonTooLong", "reason too long",
                    DeadLetterDecision.REASON_MAX);
        }
        return reason;
    }

    private static void closeQuietly(QueueBrowser browser) {
        try {
            browser.close();
        } catch (JMSException e) {
            // nothing held that matters: the browser reads without consuming
        }
    }
}
