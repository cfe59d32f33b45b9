package lu.alarmis.client;

/** What happened to a connection: the lines of its history. */
public enum ConnectionEventKind {
    /** Created by the approval of a connection request. */
    CONNECTED(true),
    /** Taken over from the legacy register. */
    IMPORTED(true),
    /** A later file of the legacy register changed it. */
    IMPORT_UPDATED(false),
    LINE_ACTIVE(true),
    TRANSMISSION_TEST(true),
    LINE_ENDED(true),
    SUSPENDED(true),
    REINSTATED(true),
    ENDED(true),
    /** The police announced that they intend to suspend the connection (an intended decision). */
    SUSPENSION_INTENDED(true),
    /** The police announced that they intend to end the connection. */
    ENDING_INTENDED(true),
    /** The client answered an intended decision. */
    INTENDED_DECISION_ANSWERED(true),
    /** The police decided not to take the measure they had announced. */
    INTENDED_DECISION_DROPPED(true),
    /** The client recorded a yearly servicing with its certificate. */
    SERVICING_RECORDED(true),
    /** A failed transmission test opened a remediation: a new test is due within 30 days. */
    REMEDIATION_OPENED(true),
    /** A passed transmission test closed the remediation. */
    REMEDIATION_CLOSED(true),
    /** The police asked for a copy of the servicing certificate by a date. */
    COPY_REQUESTED(true),
    /** The client gave a certificate for the police's request. */
    COPY_ANSWERED(true),
    COPY_ACCEPTED(true),
    /** Staff sent the certificate back with a reason. */
    COPY_SENT_BACK(true),
    /** A yearly obligation passed its due date unmet (the daily run). */
    OBLIGATION_OVERDUE(true);

    private final boolean shownToClient;

    ConnectionEventKind(boolean shownToClient) {
        this.shownToClient = shownToClient;
    }

    /** What the client reads in its eSpace; the others are the section's own. */
    public boolean isShownToClient() {
        return shownToClient;
    }
}
