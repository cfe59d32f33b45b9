package lu.alarmis.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A person is a member (or the manager) of a business eSpace. */
@Entity
@Table(name = "espace_membership")
public class EspaceMembership {

    @Id
    @SequenceGenerator(name = "espace_membership_seq", sequenceName = "espace_membership_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "espace_membership_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "espace_id", nullable = false, updatable = false)
    private BusinessEspace espace;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 10)
    private MembershipRole role;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    protected EspaceMembership() {
        // for JPA
    }

    EspaceMembership(BusinessEspace espace, Account account, MembershipRole role, Instant joinedAt) {
        this.espace = espace;
        this.account = account;
        this.role = role;
        this.joinedAt = joinedAt;
    }

    public Long getId() {
        return id;
    }

    public BusinessEspace getEspace() {
        return espace;
    }

    public Account getAccount() {
        return account;
    }

    public MembershipRole getRole() {
        return role;
    }

    public boolean isManager() {
        return role == MembershipRole.MANAGER;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
