package lu.alarmis.partner.post;

/**
 * What a partner message is about, so that the request's or the client's page lists it: a
 * connection request (the order check, POST's answer), a connection of the register (the client
 * number, POST's line messages, a suspension), or neither (a rejection of a message that named
 * nothing we know).
 */
public record Concerning(Long requestId, Long connectionId) {

    public static final Concerning NOTHING = new Concerning(null, null);

    public static Concerning request(long requestId) {
        return new Concerning(requestId, null);
    }

    public static Concerning connection(long connectionId) {
        return new Concerning(null, connectionId);
    }
}
