package lu.alarmis.account;

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

/**
 * A certificate a person linked to their account; its serialNumber, under the same issuing CA,
 * signs them in from then on (another CA's certificate with that serialNumber does not).
 */
@Entity
@Table(name = "account_certificate",
        uniqueConstraints = @jakarta.persistence.UniqueConstraint(name = "uk_account_certificate_serial",
                columnNames = {"issuer", "serial_number"}))
public class LinkedCertificate {

    @Id
    @SequenceGenerator(name = "account_certificate_seq", sequenceName = "account_certificate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_certificate_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "serial_number", nullable = false, updatable = false, length = 64)
    private String serialNumber;

    @Column(name = "subject", nullable = false, updatable = false, length = 500)
    private String subject;

    @Column(name = "issuer", nullable = false, updatable = false, length = 500)
    private String issuer;

    @Column(name = "not_after", nullable = false, updatable = false)
    private Instant notAfter;

    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt;

    protected LinkedCertificate() {
        // for JPA
    }

    LinkedCertificate(Account account, ClientCertificate certificate, Instant linkedAt) {
        this.account = account;
        this.serialNumber = certificate.serialNumber();
        this.subject = certificate.subject();
        this.issuer = certificate.issuer();
        this.notAfter = certificate.notAfter();
        this.linkedAt = linkedAt;
    }

    public Long getId() {
        return id;
    }

    String getAccountEmail() {
        return account.getEmail();
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getSubject() {
        return subject;
    }

    public String getIssuer() {
        return issuer;
    }

    public Instant getNotAfter() {
        return notAfter;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }
}
