package lu.alarmis.partner.post;

/** The envelope of a message received from POST Luxembourg: its JMS properties and its text body. */
public record InboundPostMessage(String messageId, String messageType, String schemaVersion,
                                 String correlationId, String body) {
}
