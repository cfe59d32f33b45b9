package lu.alarmis.account;

import lu.alarmis.common.BusinessException;

/** An account with that e-mail address exists already. */
public class EmailAlreadyRegisteredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public EmailAlreadyRegisteredException() {
        super("register.emailTaken", "e-mail address already registered");
    }
}
