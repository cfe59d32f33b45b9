package lu.alarmis.certification;

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
import jakarta.persistence.Version;

import lu.alarmis.client.Address;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.Language;

/**
 * The letter that carries a token: addressed to the client's registered postal address as the
 * register held it when the letter was issued (never an address the applicant typed), in the
 * client's correspondence language.
 */
@Entity
@Table(name = "certification_letter")
public class Letter {

    @Id
    @SequenceGenerator(name = "certification_letter_seq", sequenceName = "certification_letter_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_letter_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private CertificationRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "token_id", nullable = false, updatable = false)
    private CertificationToken token;

    @Column(name = "recipient", nullable = false, updatable = false, length = 200)
    private String recipient;

    @Column(name = "street", nullable = false, updatable = false, length = 120)
    private String street;

    @Column(name = "house_number", nullable = false, updatable = false, length = 10)
    private String houseNumber;

    @Column(name = "postcode", nullable = false, updatable = false, length = 10)
    private String postcode;

    @Column(name = "locality", nullable = false, updatable = false, length = 80)
    private String locality;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, updatable = false, length = 2)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private LetterState state;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "batch_id")
    private PrintBatch batch;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Letter() {
        // for JPA
    }

    Letter(CertificationRequest request, CertificationToken token, String recipient, Address address, Language language,
           Instant now) {
        this.request = request;
        this.token = token;
        this.recipient = recipient;
        this.street = address.getStreet();
        this.houseNumber = address.getHouseNumber();
        this.postcode = address.getPostcode();
        this.locality = address.getLocality();
        this.language = language;
        this.state = LetterState.WAITING;
        this.createdAt = now;
    }

    void printedIn(PrintBatch batch) {
        if (state != LetterState.WAITING) {
            throw new BusinessException("letters.notWaiting", "letter " + id + " is " + state);
        }
        this.batch = batch;
        this.state = LetterState.PRINTED;
        token.printed();
    }

    void posted(Instant now) {
        if (state == LetterState.PRINTED) {
            state = LetterState.POSTED;
            token.posted(now);
        }
    }

    void cancel(String by, Instant now) {
        if (state == LetterState.POSTED || state == LetterState.CANCELLED) {
            throw new BusinessException("letters.notCancellable", "letter " + id + " is " + state);
        }
        state = LetterState.CANCELLED;
        token.revoke(by, now);
    }

    public Address getAddress() {
        return new Address(street, houseNumber, postcode, locality);
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

    public CertificationToken getToken() {
        return token;
    }

    public String getRecipient() {
        return recipient;
    }

    public Language getLanguage() {
        return language;
    }

    public LetterState getState() {
        return state;
    }

    public PrintBatch getBatch() {
        return batch;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
