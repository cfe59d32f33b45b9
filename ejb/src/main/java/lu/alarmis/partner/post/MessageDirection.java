package lu.alarmis.partner.post;

/** Which way a partner message travelled. */
public enum MessageDirection {
    /** POST Luxembourg to us, on {@code PostInbound}. */
    INBOUND,
    /** Us to POST Luxembourg, on {@code PostOutbound}. */
    OUTBOUND
}
