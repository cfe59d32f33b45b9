package lu.alarmis.client;

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

import lu.alarmis.account.BusinessEspace;

/** A business eSpace that acts for a client: its members see the client's connections. Who linked it, and when. */
@Entity
@Table(name = "client_espace")
public class ClientEspace {

    @Id
    @SequenceGenerator(name = "client_espace_seq", sequenceName = "client_espace_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_espace_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false, updatable = false)
    private Client client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "espace_id", nullable = false, updatable = false)
    private BusinessEspace espace;

    @Column(name = "linked_by", nullable = false, updatable = false, length = 254)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt;

    protected ClientEspace() {
        // for JPA
    }

    ClientEspace(Client client, BusinessEspace espace, String linkedBy, Instant linkedAt) {
        this.client = client;
        this.espace = espace;
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
    }

    public Long getId() {
        return id;
    }

    public Client getClient() {
        return client;
    }

    public BusinessEspace getEspace() {
        return espace;
    }

    public String getLinkedBy() {
        return linkedBy;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }
}
