package lu.alarmis.partner.post.deadletter;

/** What staff did with a dead-lettered message. */
public enum DeadLetterDecisionKind {
    /** Put back on the queue it came from, to be processed again. */
    REPLAYED,
    /** Taken off the dead-letter queue for good; the message is kept in the decision. */
    DISCARDED
}
