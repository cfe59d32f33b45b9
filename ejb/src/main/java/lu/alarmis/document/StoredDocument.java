package lu.alarmis.document;

import java.time.Instant;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToOne;

/**
 * An uploaded document as it was inspected (name, checked type, size, SHA-256) and when it came;
 * its bytes apart in {@link DocumentContent}, loaded only when someone downloads it. The records
 * that hold documents (a request's, an intended decision's answer) add what they belong to and who
 * gave them.
 */
@MappedSuperclass
public abstract class StoredDocument {

    public static final int FILE_NAME_MAX = 200;

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

    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = {CascadeType.PERSIST, CascadeType.REMOVE})
    @JoinColumn(name = "content_id", nullable = false, updatable = false)
    private DocumentContent content;

    protected StoredDocument() {
        // for JPA
    }

    protected StoredDocument(InspectedDocument inspected, byte[] bytes, Instant uploadedAt) {
        this.fileName = inspected.fileName();
        this.mediaType = inspected.mediaType();
        this.size = inspected.size();
        this.sha256 = inspected.sha256Hex();
        this.uploadedAt = uploadedAt;
        this.content = new DocumentContent(bytes);
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

    /** What a download sends: the name, the checked type and the bytes, read from their own table. */
    public DocumentDownload download() {
        return new DocumentDownload(fileName, mediaType, content.bytes());
    }
}
