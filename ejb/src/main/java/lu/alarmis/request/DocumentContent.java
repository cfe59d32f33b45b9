package lu.alarmis.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import lu.alarmis.document.DocumentInspector;

/** The bytes of one uploaded document, apart so that lists of documents never load them. */
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

    DocumentContent(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    byte[] bytes() {
        return bytes.clone();
    }
}
