package lu.alarmis.partner.post;

/**
 * The envelope of a message received from POST Luxembourg: its JMS properties and its text body
 * (null when it was not a text message). The transport id is the broker's JMSMessageID, which
 * names the delivery in the log and in the dead-letter records.
 */
public record InboundPostMessage(String messageId, String messageType, String schemaVersion,
                                 String correlationId, String body, String transportId) {
}
