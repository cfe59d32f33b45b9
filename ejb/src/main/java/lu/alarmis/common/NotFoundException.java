package lu.alarmis.common;

/**
 * Nothing the caller may see exists under that id. Also what a caller gets for another
 * organisation's object: whether it exists is none of their business.
 */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("error.notFound", what + " " + id + " not found or not visible to the caller");
    }
}
