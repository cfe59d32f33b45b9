package lu.alarmis.web.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import lu.alarmis.account.SignInService;
import lu.alarmis.security.AuthenticationLevel;
import lu.alarmis.security.Roles;

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
    private Set<String> roles = Set.of();
    private Long activeEspaceId;
    private String activeEspaceName;
    /** When the account was last found still allowed, and the count of withdrawals then. */
    private Instant accountCheckedAt;
    private long accountCheckedGeneration;

    void signedIn(SignInService.SignedIn signedIn) {
        this.email = signedIn.email();
        this.displayName = signedIn.displayName();
        this.level = signedIn.level();
        this.roles = Set.copyOf(signedIn.roles());
        this.activeEspaceId = null;
        this.activeEspaceName = null;
        this.accountCheckedAt = null;
    }

    /**
     * Whether the account must be checked again: the last check is older than {@code validity}, or
     * access was withdrawn from some account since ({@code generation} moved).
     */
    boolean accountCheckDue(long generation, Instant now, Duration validity) {
        return accountCheckedAt == null || generation != accountCheckedGeneration
                || !now.isBefore(accountCheckedAt.plus(validity));
    }

    /** The account was found still allowed, as of {@code checkedAt} and that count of withdrawals. */
    void accountChecked(long generation, Instant checkedAt) {
        this.accountCheckedGeneration = generation;
        this.accountCheckedAt = checkedAt;
    }


    public void actFor(Long espaceId, String espaceName) {
        this.activeEspaceId = espaceId;
        this.activeEspaceName = espaceName;
    }

    public boolean isSignedIn() {
        return email != null;
    }

    /**
     * Whether what this session recorded at sign-in belongs to the identity Elytron now reports.
     * Anything else (a sign-in that bypassed the pages, a half-failed new sign-in) gets no level.
     */
    public boolean belongsTo(java.security.Principal principal) {
        return principal != null && principal.getName().equals(email);
    }

    /** Forgets everything: the session no longer belongs to a signed-in person. */
    void clear() {
        email = null;
        displayName = null;
        level = AuthenticationLevel.NONE;
        roles = Set.of();
        activeEspaceId = null;
        activeEspaceName = null;
        accountCheckedAt = null;
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
        return Roles.includeStaff(roles);
    }

    /** Works the connection requests' queue: an operator or a supervisor. */
    public boolean isReviewer() {
        return roles.contains(Roles.CIN_OPERATOR) || roles.contains(Roles.CIN_SUPERVISOR);
    }

    public boolean isSupervisor() {
        return roles.contains(Roles.CIN_SUPERVISOR);
    }

    /** The roles the person signed in with. */
    public Set<String> getRoles() {
        return roles;
    }

    /** Where a person lands after signing in: the staff area or their eSpaces. */
    public String homePath() {
        return isStaff() ? "/staff/index.xhtml" : "/espace/index.xhtml";
    }

    public Long getActiveEspaceId() {
        return activeEspaceId;
    }

    public String getActiveEspaceName() {
        return activeEspaceName;
    }
}
