package lu.alarmis.partner.post;

/** Names of the JMS properties every message of the POST contract carries. */
public final class PostMessageProperties {

    /** Unique id of the message, chosen by its sender; the key of idempotent processing. */
    public static final String MESSAGE_ID = "messageId";
    /** Type of the message, e.g. {@code ORDER_CONFIRMED}. */
    public static final String MESSAGE_TYPE = "messageType";
    /** Version of the published schema the body follows. */
    public static final String SCHEMA_VERSION = "schemaVersion";
    /** Artemis duplicate detection: a resent message with the same id is dropped by the broker. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    private PostMessageProperties() {
    }
}
