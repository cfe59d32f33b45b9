package lu.alarmis.partner.post.deadletter;

import java.io.Serializable;
import java.time.Instant;

/**
 * A message waiting on {@code PostDeadLetter}, as staff see it: what it is, where it came from,
 * and why its processing failed (the last recorded failure; {@code null} when none could be recorded).
 *
 * @param transportId the broker's JMSMessageID, which names it for replay or discard
 * @param origin      the queue it was dead-lettered from, e.g. {@code PostInbound}
 * @param body        its text, {@code null} when it was not a text message
 */
public record DeadLetter(String transportId, String origin, String messageId, String messageType,
                         String schemaVersion, String correlationId, Instant sentAt, String body,
                         String failureReason, Instant failedAt, Integer attempts) implements Serializable {
}
