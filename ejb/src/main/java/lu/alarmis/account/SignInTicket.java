package lu.alarmis.account;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * After the application verified a person's linked certificate, it signs them in through Elytron
 * with this random ticket instead of a password: one per account, for a minute, used once. Only
 * its bcrypt hash is stored; while it lives, the realm takes it in place of the password hash.
 */
@Entity
@Table(name = "sign_in_ticket")
public class SignInTicket {

    static final Duration VALIDITY = Duration.ofSeconds(60);
    /** 256 random bits need no slow hash; the lowest bcrypt cost keeps the sign-in quick. */
    private static final int TICKET_COST = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "ticket_hash", nullable = false, length = 100)
    private String ticketHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected SignInTicket() {
        // for JPA
    }

    private SignInTicket(Long accountId, String ticketHash, Instant expiresAt) {
        this.accountId = accountId;
        this.ticketHash = ticketHash;
        this.expiresAt = expiresAt;
    }

    /** A new ticket for the account; returns the secret, which is never stored. */
    static String issue(Account account, Instant now, java.util.function.Consumer<SignInTicket> store) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        store.accept(new SignInTicket(account.getId(), PasswordHasher.hash(secret, TICKET_COST), now.plus(VALIDITY)));
        return secret;
    }
}
