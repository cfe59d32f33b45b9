package lu.alarmis.account;

import lu.alarmis.common.BusinessException;

/**
 * The one-time code that came with a sign-in is wrong. Not rolled back: the failed attempt counts.
 */
@jakarta.ejb.ApplicationException(rollback = false)
public class InvalidOneTimeCodeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidOneTimeCodeException() {
        super("login.failed", "one-time code refused");
    }
}
