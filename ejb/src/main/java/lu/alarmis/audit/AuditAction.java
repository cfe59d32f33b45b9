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
    PARTNER_MESSAGE_DISCARDED,
    /** A client entered the register (an approval, the legacy import). */
    CLIENT_CREATED,
    /** A member of the section confirmed a client's registered postal address. */
    CLIENT_ADDRESS_CONFIRMED,
    /** A business eSpace was linked to a client. */
    CLIENT_ESPACE_LINKED,
    /** A business eSpace no longer acts for a client (its certification was revoked). */
    CLIENT_ESPACE_UNLINKED,
    /** A connection was created or moved, or POST reported on its line; its history has the details. */
    CONNECTION_EVENT,
    /** An admin uploaded a file of the legacy register and its import began. */
    LEGACY_IMPORT_STARTED,
    /** An admin resumed an import that a crash or a stop interrupted. */
    LEGACY_IMPORT_RESUMED,
    /** An import of the legacy register finished, with its counts. */
    LEGACY_IMPORT_FINISHED,
    /** A certification request moved, or its token or letter did; the request's history has the details. */
    CERTIFICATION_EVENT,
    /** Someone entered a wrong certification token (the request's history has it too). */
    CERTIFICATION_TOKEN_WRONG,
    /** Staff announced a measure they intend to take (an intended decision), with its reasons. */
    DECISION_ANNOUNCED,
    /** The client answered an intended decision. */
    DECISION_ANSWERED,
    /** A supervisor took the measure of an intended decision (after the answer, or for an urgency). */
    DECISION_TAKEN,
    /** A supervisor decided not to take the measure an intended decision announced. */
    DECISION_DROPPED,
    /** A link to confirm the account's e-mail address was mailed. */
    EMAIL_VERIFICATION_SENT,
    /** The person confirmed the account's e-mail address with the mailed link. */
    EMAIL_VERIFIED
}
