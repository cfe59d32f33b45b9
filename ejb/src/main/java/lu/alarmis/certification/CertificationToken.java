package lu.alarmis.certification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

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
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The token a letter carries to the client's registered address: sixteen characters from an
 * alphabet without look-alikes (about 79 bits), printed in groups of four; case, spaces and
 * hyphens are ignored on entry. Only its SHA-256 is kept; the letter's copy is sealed with the
 * server's letter key until the letter is posted, then erased. Valid 60 days from posting, never
 * more than 90 days from issue; single use; five wrong entries lock it.
 */
@Entity
@Table(name = "certification_token")
public class CertificationToken {

    /** No 0/O, 1/I/L: what is read off paper is what is typed. */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 16;
    public static final int MAX_WRONG_ENTRIES = 5;
    static final Duration VALID_AFTER_POSTING = Duration.ofDays(60);
    static final Duration VALID_AFTER_ISSUE = Duration.ofDays(90);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "certification_token_seq", sequenceName = "certification_token_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_token_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private CertificationRequest request;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String hash;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "sealed")
    private byte[] sealed;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private TokenState state;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    @Column(name = "posted_at")
    private Instant postedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "wrong_entries", nullable = false)
    private int wrongEntries;

    /** When it was redeemed, locked or revoked, and by whom. */
    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    protected CertificationToken() {
        // for JPA
    }

    CertificationToken(CertificationRequest request, String plain, byte[] sealed, String by, Instant now) {
        this.request = request;
        this.hash = hash(plain);
        this.sealed = sealed;
        this.state = TokenState.ISSUED;
        this.issuedBy = by;
        this.issuedAt = now;
        this.expiresAt = now.plus(VALID_AFTER_ISSUE);
    }

    /** A new token, as printed: four groups of four characters. */
    static String draw() {
        StringBuilder token = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                token.append('-');
            }
            token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return token.toString();
    }

    /** What was typed, as it is compared: spaces and hyphens dropped, upper case. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalise(token).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean matches(String typed) {
        return MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                hash(typed).getBytes(StandardCharsets.US_ASCII));
    }

    public boolean isExpiredAt(Instant now) {
        return now.isAfter(expiresAt);
    }

    /** Its state as staff read it now: a live token past its date reads "expired". */
    public String getStanding() {
        return state.isLive() && isExpiredAt(Instant.now()) ? "EXPIRED" : state.name();
    }

    void printed() {
        if (state == TokenState.ISSUED) {
            state = TokenState.PRINTED;
        }
    }

    /** Posted: valid 60 days from now, never past 90 days from issue; the letter's copy is erased. */
    void posted(Instant now) {
        if (state == TokenState.ISSUED || state == TokenState.PRINTED) {
            state = TokenState.POSTED;
            postedAt = now;
            Instant latest = issuedAt.plus(VALID_AFTER_ISSUE);
            Instant sixtyDays = now.plus(VALID_AFTER_POSTING);
            expiresAt = sixtyDays.isBefore(latest) ? sixtyDays : latest;
        }
        sealed = null;
    }

    /** A wrong entry; the fifth locks it. @return whether it is locked now */
    boolean wrongEntry(String by, Instant now) {
        wrongEntries++;
        if (wrongEntries >= MAX_WRONG_ENTRIES) {
            end(TokenState.LOCKED, by, now);
            return true;
        }
        return false;
    }

    void redeemed(String by, Instant now) {
        end(TokenState.REDEEMED, by, now);
    }

    void revoke(String by, Instant now) {
        if (state.isLive()) {
            end(TokenState.REVOKED, by, now);
        }
    }

    private void end(TokenState end, String by, Instant now) {
        state = end;
        endedAt = now;
        endedBy = by;
        sealed = null;
    }

    byte[] sealed() {
        return sealed;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public CertificationRequest getRequest() {
        return request;
    }

    public TokenState getState() {
        return state;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public int getWrongEntries() {
        return wrongEntries;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }
}
