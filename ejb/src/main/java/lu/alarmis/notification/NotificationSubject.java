package lu.alarmis.notification;

/**
 * What a notification is about, so that its page can say it and link to it: a connection request,
 * a client of the register, one of its connections, a certification request. The reference is how
 * the text names it: the request's number, the connection's client number.
 */
public record NotificationSubject(Kind kind, long id, String reference) {

    public enum Kind {
        REQUEST, CLIENT, CONNECTION, CERTIFICATION
    }

    public static NotificationSubject request(long requestId) {
        return new NotificationSubject(Kind.REQUEST, requestId, String.valueOf(requestId));
    }

    public static NotificationSubject connection(long connectionId, String clientNumber) {
        return new NotificationSubject(Kind.CONNECTION, connectionId, clientNumber);
    }

    public static NotificationSubject certification(long certificationRequestId, String reference) {
        return new NotificationSubject(Kind.CERTIFICATION, certificationRequestId, reference);
    }

    public static NotificationSubject client(long clientId, String name) {
        return new NotificationSubject(Kind.CLIENT, clientId, name);
    }
}
