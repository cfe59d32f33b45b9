package lu.alarmis.compliance;

/** What a connected client owes by a date; each has its own reminders. */
public enum Obligation {
    /** The yearly servicing of the alarm system by a specialist company. */
    SERVICING,
    /** The yearly alarm transmission test. */
    TRANSMISSION_TEST,
    /** A new transmission test after a failed one, within 30 days (a remediation). */
    RETEST,
    /** A copy of the servicing certificate the police asked for. */
    CERTIFICATE_COPY,
    /**
     * The applicant's answer to an information request about a connection request: reminded on the
     * same clock (its subject is the request, not a connection).
     */
    INFORMATION_REQUEST;

    /** The obligations a connection owes (the compliance standing is made of these). */
    public static final java.util.List<Obligation> OF_CONNECTIONS = java.util.List.of(SERVICING, TRANSMISSION_TEST,
            RETEST, CERTIFICATE_COPY);
}
