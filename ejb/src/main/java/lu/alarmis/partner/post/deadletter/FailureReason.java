package lu.alarmis.partner.post.deadletter;

/** Why processing a message failed, in a line staff and operators can read. */
public final class FailureReason {

    private FailureReason() {
    }

    /** The innermost cause is the one that says what went wrong (a constraint, a timeout, ...). */
    public static String of(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }
}
