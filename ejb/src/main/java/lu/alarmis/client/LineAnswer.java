package lu.alarmis.client;

/** What became of one of POST's line messages in the register. */
public record LineAnswer(Outcome outcome, Long connectionId, String note) {

    public enum Outcome {
        /** Applied to the connection (or recorded in its history). */
        APPLIED,
        /** No connection has that client number yet: keep the message and apply it when one does. */
        WAITING
    }

    static LineAnswer applied(Connection connection, String note) {
        return new LineAnswer(Outcome.APPLIED, connection.getId(), note);
    }

    static LineAnswer waiting(String note) {
        return new LineAnswer(Outcome.WAITING, null, note);
    }
}
