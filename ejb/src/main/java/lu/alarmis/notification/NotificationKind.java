package lu.alarmis.notification;

/** Why an eSpace was notified. The text shown comes from the web bundle, keyed by this name. */
public enum NotificationKind {
    REQUEST_SUBMITTED,
    ORDER_REJECTED,
    INFORMATION_REQUESTED,
    REQUEST_APPROVED,
    REQUEST_REFUSED,
    REQUEST_WITHDRAWN,
    CONNECTION_SUSPENDED,
    CONNECTION_REINSTATED,
    CONNECTION_ENDED
}
