package lu.alarmis.decision;

/**
 * Where an intended decision stands: announced to the client, answered by it, then decided: the
 * measure taken, or dropped. A stated urgency takes the measure at once.
 */
public enum IntendedDecisionState {
    ANNOUNCED,
    ANSWERED,
    TAKEN,
    DROPPED;

    public boolean isOpen() {
        return this == ANNOUNCED || this == ANSWERED;
    }
}
