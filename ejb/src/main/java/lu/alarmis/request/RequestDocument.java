package lu.alarmis.request;

import java.time.Instant;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import lu.alarmis.account.Account;
import lu.alarmis.document.InspectedDocument;

/**
 * A document attached to a request, as it was inspected on upload. Its bytes live in
 * {@link DocumentContent}, loaded only when someone downloads it.
 */
@Entity
@Table(name = "request_document")
public class RequestDocument {

    public static final int FILE_NAME_MAX = 200;

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

    @Column(name = "file_name", nullable = false, updatable = false, length = FILE_NAME_MAX)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false, length = 40)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by", nullable = false, updatable = false)
    private Account uploadedBy;

    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = {CascadeType.PERSIST, CascadeType.REMOVE})
    @JoinColumn(name = "content_id", nullable = false, updatable = false)
    private DocumentContent content;

    protected RequestDocument() {
        // for JPA
    }

    RequestDocument(ConnectionRequest request, Purpose purpose, InspectedDocument inspected, byte[] bytes,
                    Account uploadedBy, Instant now) {
        this.request = request;
        this.purpose = purpose;
        this.fileName = inspected.fileName();
        this.mediaType = inspected.mediaType();
        this.size = inspected.size();
        this.sha256 = inspected.sha256Hex();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
        this.content = new DocumentContent(bytes);
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

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Account getUploadedBy() {
        return uploadedBy;
    }

    DocumentContent getContent() {
        return content;
    }
}
