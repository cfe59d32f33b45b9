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
    /** A transmission test failed: a new one is due within 30 days (the detail: by when). */
    REMEDIATION_OPENED,
    /** A transmission test passed and closed the remediation. */
    REMEDIATION_CLOSED,
    /** The police ask for a copy of the servicing certificate (the detail: by when). */
    CERTIFICATE_COPY_REQUESTED,
    CERTIFICATE_COPY_ACCEPTED,
    /** The police sent the certificate back (the detail: why). */
    CERTIFICATE_COPY_SENT_BACK,
    /** Reminders of the yearly obligations (the detail: the due date): before it, and once it has passed. */
    SERVICING_DUE,
    SERVICING_OVERDUE,
    TRANSMISSION_TEST_DUE,
    TRANSMISSION_TEST_OVERDUE,
    RETEST_DUE,
    RETEST_OVERDUE,
    CERTIFICATE_COPY_DUE,
    CERTIFICATE_COPY_OVERDUE,
    /** The answer to an information request is due soon (the detail: by when). */
    INFORMATION_DUE,
    /** The answer to an information request is overdue (the detail: the date it was due). */
    INFORMATION_OVERDUE,
    /** To the person: a certificate was linked to their account. */
    CERTIFICATE_LINKED,
    /** To the person: an authenticator was enrolled for their account. */
    AUTHENTICATOR_ENROLLED
}
