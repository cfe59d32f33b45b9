package lu.alarmis.notification;

/**
 * Why an eSpace or a person was notified. The text shown comes from the web bundle, keyed by
 * this name, in the reader's language.
 */
public enum NotificationKind {
    REQUEST_SUBMITTED,
    ORDER_REJECTED,
    INFORMATION_REQUESTED,
    REQUEST_APPROVED,
    REQUEST_REFUSED,
    REQUEST_WITHDRAWN,
    CONNECTION_SUSPENDED,
    CONNECTION_REINSTATED,
    CONNECTION_ENDED,
    /** The police intend to suspend a connection: the client may answer (an intended decision). */
    SUSPENSION_INTENDED,
    /** The police intend to end a connection: the client may answer. */
    ENDING_INTENDED,
    /** The police decided not to take the measure they had announced. */
    INTENDED_DECISION_DROPPED,
    /** A certification request was filed: its reference. */
    CERTIFICATION_FILED,
    /** A certification was approved: a letter with a token goes to the client's registered address. */
    CERTIFICATION_APPROVED,
    CERTIFICATION_REFUSED,
    /** The token was entered: the eSpace acts for the client. */
    CERTIFICATION_CERTIFIED,
    /** A new token was issued (the previous one no longer works). */
    CERTIFICATION_TOKEN_REISSUED,
    /** The police intend to revoke a certification: the client may answer. */
    REVOCATION_INTENDED,
    /** A certification was revoked: the eSpace no longer acts for the client. */
    CERTIFICATION_REVOKED,
    /** POST ended the line of a connection, which therefore ended. */
    LINE_ENDED,
    /** To the person: a certificate was linked to their account. */
    CERTIFICATE_LINKED,
    /** To the person: an authenticator was enrolled for their account. */
    AUTHENTICATOR_ENROLLED
}
