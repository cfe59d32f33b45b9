package lu.alarmis.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A manager invites a person, by e-mail address, to join an eSpace. The link carries a random
 * token of which only the hash is stored; it works once, for that address, until it expires.
 */
@Entity
@Table(name = "espace_invitation")
public class EspaceInvitation {

    public static final Duration VALIDITY = Duration.ofDays(7);

    @Id
    @SequenceGenerator(name = "espace_invitation_seq", sequenceName = "espace_invitation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "espace_invitation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "espace_id", nullable = false, updatable = false)
    private BusinessEspace espace;

    @NotBlank
    @Email
    @Size(max = Account.EMAIL_MAX)
    @Column(name = "email", nullable = false, updatable = false, length = Account.EMAIL_MAX)
    private String email;

    @Column(name = "token_hash", nullable = false, unique = true, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false, updatable = false)
    private Long invitedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by")
    private Long acceptedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected EspaceInvitation() {
        // for JPA
    }

    EspaceInvitation(BusinessEspace espace, String email, String tokenHash, Account inviter, Instant now) {
        this.espace = espace;
        this.email = Account.normaliseEmail(email);
        this.tokenHash = tokenHash;
        this.invitedBy = inviter.getId();
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    boolean isUsable(Instant now) {
        return acceptedAt == null && expiresAt.isAfter(now);
    }

    void accept(Account account, Instant now) {
        this.acceptedAt = now;
        this.acceptedBy = account.getId();
    }

    public Long getId() {
        return id;
    }

    public BusinessEspace getEspace() {
        return espace;
    }

    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
