package lu.alarmis.partner.post;

/** Why a message of the POST contract was refused; the codes of {@code MessageRejected}. */
public enum PostErrorCode {
    /** Not a JMS text message. */
    NOT_TEXT,
    /** A required JMS property (messageId, messageType, schemaVersion) is missing or blank. */
    MISSING_PROPERTY,
    /** The messageType is not one the receiver accepts in that direction. */
    UNKNOWN_TYPE,
    /** The schemaVersion is not one the receiver speaks. */
    UNSUPPORTED_VERSION,
    /** The body is larger than the contract allows. */
    TOO_LARGE,
    /** The body is not well-formed XML, or declares a DTD or entities. */
    NOT_WELL_FORMED,
    /** The body breaks the published schema. */
    SCHEMA_INVALID,
    /** The body's root element is not the one messageType names. */
    TYPE_MISMATCH,
    /** The message refers to an order, request or client number the receiver does not know. */
    UNKNOWN_REFERENCE,
    /** The message does not apply to the current state of what it refers to. */
    NOT_APPLICABLE,
    /**
     * The receiver could not process the message, even after retries, and its staff set it aside;
     * the reason says why. Send it again with a new message id once the matter is settled.
     */
    DISCARDED
}
