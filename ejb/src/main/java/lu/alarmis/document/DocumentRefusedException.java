package lu.alarmis.document;

import lu.alarmis.common.BusinessException;

/**
 * An uploaded file is not accepted as a supporting document. The first argument is always the
 * file name (as cleaned); some reasons add more, see {@link DocumentInspector}.
 */
public class DocumentRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why a file is refused. Each has a text in the web bundle (document.refused.*). */
    public enum Reason {
        EMPTY("empty"),
        TOO_LARGE("tooLarge"),
        NAME("name"),
        TYPE("type"),
        NAME_MISMATCH("nameMismatch"),
        DAMAGED("damaged"),
        ACTIVE("active"),
        IMAGE_TOO_LARGE("imageTooLarge");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String messageKey() {
            return "document.refused." + key;
        }
    }

    private final Reason reason;

    public DocumentRefusedException(Reason reason, String detail, Object... arguments) {
        super(reason.messageKey(), detail, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
