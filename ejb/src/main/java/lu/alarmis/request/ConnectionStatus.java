package lu.alarmis.request;

/** Where an approved client's connection to the CIN stands. */
public enum ConnectionStatus {
    /** Alarms reach the CIN. */
    ACTIVE,
    /** A supervisor suspended it (e.g. servicing or transmission test overdue); it can be lifted. */
    SUSPENDED,
    /** Ended for good; a new connection needs a new request. */
    ENDED
}
