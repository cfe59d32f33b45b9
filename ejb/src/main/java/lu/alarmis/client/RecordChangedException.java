package lu.alarmis.client;

import lu.alarmis.common.BusinessException;

/** Someone else changed the client or connection since the caller loaded it; the caller should look again. */
public class RecordChangedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RecordChangedException(String what, long id) {
        super("register.changedMeanwhile", what + " " + id + " changed since it was loaded");
    }
}
