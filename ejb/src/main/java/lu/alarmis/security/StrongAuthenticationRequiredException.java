package lu.alarmis.security;

import lu.alarmis.common.BusinessException;

/** The operation needs a LuxTrust or eID sign-in; a password alone is not enough. */
public class StrongAuthenticationRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public StrongAuthenticationRequiredException() {
        super("error.strongAuthenticationRequired", "strong authentication required");
    }
}
