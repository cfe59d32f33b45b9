package lu.alarmis.request;

import lu.alarmis.common.BusinessException;

/** Someone else changed the request since the caller loaded it; the caller should look again. */
public class RequestChangedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RequestChangedException(long requestId) {
        super("request.changedMeanwhile", "request " + requestId + " changed since it was loaded");
    }
}
