package lu.alarmis.web.security;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import lu.alarmis.security.AuthenticationLevel;

/**
 * The person signed in in this browser session: who, how strongly, and for which eSpace they
 * act. The identity itself is Elytron's; this holds what the pages need beside it.
 */
@Named("person")
@SessionScoped
public class SignedInPerson implements Serializable {

    private static final long serialVersionUID = 1L;

    private String email;
    private String displayName;
    private AuthenticationLevel level = AuthenticationLevel.NONE;
    private boolean staff;
    private Long activeEspaceId;
    private String activeEspaceName;

    void signedIn(String email, String displayName, AuthenticationLevel level, boolean staff) {
        this.email = email;
        this.displayName = displayName;
        this.level = level;
        this.staff = staff;
        this.activeEspaceId = null;
        this.activeEspaceName = null;
    }


    public void actFor(Long espaceId, String espaceName) {
        this.activeEspaceId = espaceId;
        this.activeEspaceName = espaceName;
    }

    public boolean isSignedIn() {
        return email != null;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public AuthenticationLevel getLevel() {
        return level;
    }

    public boolean isStrong() {
        return level == AuthenticationLevel.STRONG;
    }

    public boolean isStaff() {
        return staff;
    }

    public Long getActiveEspaceId() {
        return activeEspaceId;
    }

    public String getActiveEspaceName() {
        return activeEspaceName;
    }
}
