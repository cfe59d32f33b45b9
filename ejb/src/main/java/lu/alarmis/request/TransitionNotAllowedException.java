package lu.alarmis.request;

import lu.alarmis.common.BusinessException;

/** The action is not possible in the request's current state (it may have moved meanwhile). */
public class TransitionNotAllowedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final RequestState from;
    private final RequestState to;

    public TransitionNotAllowedException(RequestState from, RequestState to) {
        super("request.transitionNotAllowed", "a request cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public RequestState from() {
        return from;
    }

    public RequestState to() {
        return to;
    }
}
