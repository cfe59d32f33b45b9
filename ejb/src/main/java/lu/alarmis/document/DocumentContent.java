package lu.alarmis.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The bytes of one uploaded document, apart so that lists of documents never load them: a
 * request's documents, the answers to an intended decision.
 */
@Entity
@Table(name = "document_content")
public class DocumentContent {

    @Id
    @SequenceGenerator(name = "document_content_seq", sequenceName = "document_content_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_content_seq")
    private Long id;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "bytes", nullable = false, updatable = false, length = (int) DocumentInspector.MAX_FILE_BYTES)
    private byte[] bytes;

    protected DocumentContent() {
        // for JPA
    }

    public DocumentContent(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
