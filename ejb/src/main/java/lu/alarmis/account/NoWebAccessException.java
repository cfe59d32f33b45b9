package lu.alarmis.account;

import lu.alarmis.common.BusinessException;

/**
 * The password was right, but the account has no door on the web (POST's partner account, which
 * exists for the message broker only). The person reads the same refusal as for a wrong password.
 * Not rolled back: the refusal is audited.
 */
@jakarta.ejb.ApplicationException(rollback = false)
public class NoWebAccessException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoWebAccessException() {
        super("login.failed", "account without a web role");
    }
}
