package lu.alarmis.partner.post;

/** What became of a partner message. */
public enum PartnerMessageStatus {
    /** Ours, recorded in the outbox by a committed transaction, not yet on PostOutbound. */
    PENDING,
    /** Ours, put on PostOutbound. */
    SENT,
    /** POST's, applied to what it concerns (or recorded on its timeline). */
    APPLIED,
    /** POST's, refused with a MessageRejected answer naming the error code. */
    REJECTED,
    /** POST's, waiting for what it answers (an order not filed yet, a client number not issued yet). */
    PARKED
}
