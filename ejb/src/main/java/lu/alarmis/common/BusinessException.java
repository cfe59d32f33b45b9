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
    private final transient Object[] arguments;

    public BusinessException(String messageKey, String detail) {
        this(messageKey, detail, new Object[0]);
    }

    /** A refusal whose text names things, e.g. the file that was refused and the size allowed. */
    public BusinessException(String messageKey, String detail, Object... arguments) {
        super(detail);
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** Key of the user-facing text in the web module's bundle. */
    public String messageKey() {
        return messageKey;
    }

    /** The values the bundle text puts in its {0}, {1}, ... */
    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
