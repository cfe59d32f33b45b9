package lu.alarmis.request;

/** What became of an answer of POST Luxembourg on the request side. */
public record PostAnswer(Outcome outcome, Long requestId, String note) {

    public enum Outcome {
        /** Applied to the request (or recorded on its timeline). */
        APPLIED,
        /** Nothing it answers exists yet: keep it and apply it when it does. */
        WAITING,
        /** What it answers exists, but the answer does not fit its state. */
        NOT_APPLICABLE
    }

    static PostAnswer applied(ConnectionRequest request, String note) {
        return applied(request.getId(), note);
    }

    static PostAnswer applied(long requestId, String note) {
        return new PostAnswer(Outcome.APPLIED, requestId, note);
    }

    static PostAnswer waiting(String note) {
        return new PostAnswer(Outcome.WAITING, null, note);
    }

    static PostAnswer notApplicable(ConnectionRequest request, String note) {
        return new PostAnswer(Outcome.NOT_APPLICABLE, request.getId(), note);
    }
}
