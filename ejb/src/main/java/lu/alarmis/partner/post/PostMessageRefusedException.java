package lu.alarmis.partner.post;

import jakarta.ejb.ApplicationException;

/**
 * A message of POST Luxembourg cannot be accepted. It is not a failure to retry: the message is
 * recorded as rejected and POST gets a {@code MessageRejected} answer naming the code and reason,
 * in the same transaction, which therefore must not roll back.
 */
@ApplicationException(rollback = false)
public class PostMessageRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final PostErrorCode code;

    public PostMessageRefusedException(PostErrorCode code, String reason) {
        super(reason);
        this.code = code;
    }

    public PostErrorCode code() {
        return code;
    }

    /** The reason in words, as POST's engineers read it. */
    public String reason() {
        return getMessage();
    }
}
