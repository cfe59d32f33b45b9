package lu.alarmis.compliance;

/** A request for a copy of the servicing certificate: asked, answered by the client, then accepted or sent back. */
public enum CopyRequestState {
    /** Waiting for the client's certificate (also after it was sent back). */
    ASKED,
    /** The client gave a certificate: staff look at it. */
    ANSWERED,
    ACCEPTED,
    /** Staff sent the certificate back with a reason: the client gives another. */
    SENT_BACK;

    public boolean isAwaitingClient() {
        return this == ASKED || this == SENT_BACK;
    }

    public boolean isOpen() {
        return this != ACCEPTED;
    }
}
