package lu.alarmis.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lu.alarmis.common.Language;

/**
 * A person who signs in: an applicant or a member of PGD staff. The password is checked by
 * Elytron (jdbc-realm on this table), never by application code.
 */
@Entity
@Table(name = "account")
public class Account {

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 200;
    /** Consecutive failed sign-ins after which the account is locked for {@link #LOCK_DURATION}. */
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX)
    @Column(name = "email", nullable = false, unique = true, length = EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @Size(max = 100)
    @Column(name = "password_hash", length = 100)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "failed_login_count", nullable = false)
    private int failedLoginCount;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Size(max = 64)
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_failed_count", nullable = false)
    private int totpFailedCount;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The language chosen for what is addressed to this person; null until chosen. */
    @Enumerated(EnumType.STRING)
    @Column(name = "language", length = 2)
    private Language language;

    /** When the person confirmed the e-mail address with the link mailed to it; null: no mail goes there yet. */
    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name", nullable = false, length = 30)
    private Set<String> roles = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {
        // for JPA
    }

    Account(String email, String displayName, String passwordHash, Set<String> roles, Instant createdAt) {
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.roles.addAll(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** E-mail addresses are compared and stored in lower case, without surrounding blanks. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Counts a failed sign-in; locks the account when there were too many in a row. */
    boolean recordFailedLogin(Instant now) {
        failedLoginCount++;
        if (failedLoginCount >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLoginCount = 0;
            return true;
        }
        return false;
    }

    /**
     * Counts a wrong one-time code; locks the account when there were too many in a row. Only a
     * right code clears this count, so that password sign-ins cannot be used to keep guessing.
     */
    boolean recordFailedCode(Instant now) {
        totpFailedCount++;
        if (totpFailedCount >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            totpFailedCount = 0;
            return true;
        }
        return false;
    }

    /** Whether a code of this time step may still be used: each step's code works once. */
    boolean isUnusedStep(long step) {
        return totpLastStep == null || step > totpLastStep;
    }

    void acceptCode(long step) {
        totpFailedCount = 0;
        totpLastStep = step;
    }

    void recordSuccessfulLogin() {
        failedLoginCount = 0;
        lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void replacePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    void changeRoles(Set<String> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void enrolAuthenticator(String secret) {
        this.totpSecret = secret;
        this.totpFailedCount = 0;
        this.totpLastStep = null;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean hasAuthenticator() {
        return totpSecret != null;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean isStaff() {
        return lu.alarmis.security.Roles.includeStaff(roles);
    }

    /** Whether mails may go to the address: the person confirmed it with the link mailed to it. */
    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    void emailVerified(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }

    /** The language chosen, if any. */
    public Optional<Language> getLanguage() {
        return java.util.Optional.ofNullable(language);
    }

    void chooseLanguage(Language language) {
        this.language = language;
    }
}
