package lu.alarmis.security;

import java.io.Serializable;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the web door knows of the current request that the services need: how strongly the caller
 * authenticated and from which address. Filled once per request by the web layer; empty (level
 * {@link AuthenticationLevel#NONE}) for work that does not come from a person's request.
 */
@RequestScoped
public class CallerContext implements Serializable {

    private static final long serialVersionUID = 1L;

    private AuthenticationLevel level = AuthenticationLevel.NONE;
    private String sourceAddress;

    public void establish(AuthenticationLevel level, String sourceAddress) {
        this.level = level;
        this.sourceAddress = sourceAddress;
    }

    public AuthenticationLevel level() {
        return level;
    }

    public String sourceAddress() {
        return sourceAddress;
    }

    /** Refuses the operation unless the caller authenticated strongly (LuxTrust or eID). */
    public void requireStrongAuthentication() {
        if (level != AuthenticationLevel.STRONG) {
            throw new StrongAuthenticationRequiredException();
        }
    }
}
