package lu.alarmis.audit;

/** What an audit record is about. */
public enum AuditAction {
    ACCOUNT_REGISTERED,
    LOGIN,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    LOGOUT,
    LANGUAGE_CHOSEN,
    ESPACE_CREATED,
    INVITATION_SENT,
    INVITATION_ACCEPTED,
    STAFF_ACCOUNT_CREATED,
    STAFF_ROLES_CHANGED,
    STAFF_ACCOUNT_DISABLED,
    STAFF_ACCOUNT_ENABLED,
    AUTHENTICATOR_ENROLLED,
    CERTIFICATE_LINKED,
    ACCESS_DENIED,
    /** A connection request moved or was acted on; the request's timeline has the details. */
    REQUEST_EVENT,
    DOCUMENT_UPLOADED,
    DOCUMENT_REMOVED,
    DOCUMENT_DOWNLOADED,
    /** A dead-lettered partner message was put back on its queue by staff, with why. */
    PARTNER_MESSAGE_REPLAYED,
    /** A dead-lettered partner message was taken off the dead-letter queue by staff, with why. */
    PARTNER_MESSAGE_DISCARDED
}
