package lu.alarmis.client;

/** Where a client's connection to the CIN stands. */
public enum ConnectionState {
    /** Alarms reach the CIN (once POST has routed the line). */
    ACTIVE,
    /** A supervisor suspended it (e.g. servicing or transmission test overdue); it can be lifted. */
    SUSPENDED,
    /** Ended for good (by the police, or POST ended the line); a new connection needs a new request. */
    ENDED
}
