package lu.alarmis.request;

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

import lu.alarmis.account.Account;
import lu.alarmis.document.InspectedDocument;
import lu.alarmis.document.StoredDocument;

/**
 * A document attached to a request: with it (supporting) or with an answer to the CIN's
 * information request, and who gave it.
 */
@Entity
@Table(name = "request_document")
public class RequestDocument extends StoredDocument {

    /** Why the document was given. */
    public enum Purpose {
        /** With the request, before submission. */
        SUPPORTING,
        /** With an answer to the CIN's information request. */
        INFORMATION_ANSWER
    }

    @Id
    @SequenceGenerator(name = "request_document_seq", sequenceName = "request_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_document_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ConnectionRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, updatable = false, length = 20)
    private Purpose purpose;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by", nullable = false, updatable = false)
    private Account uploadedBy;

    protected RequestDocument() {
        // for JPA
    }

    RequestDocument(ConnectionRequest request, Purpose purpose, InspectedDocument inspected, byte[] bytes,
                    Account uploadedBy, Instant now) {
        super(inspected, bytes, now);
        this.request = request;
        this.purpose = purpose;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public ConnectionRequest getRequest() {
        return request;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public Account getUploadedBy() {
        return uploadedBy;
    }
}
