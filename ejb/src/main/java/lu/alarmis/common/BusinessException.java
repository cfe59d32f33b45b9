package lu.alarmis.common;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain refused the operation. The transaction rolls back and the web layer
 * shows the message of {@link #messageKey()} from its resource bundle, never this exception's text.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public BusinessException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    /** Key of the user-facing text in the web module's bundle. */
    public String messageKey() {
        return messageKey;
    }
}
