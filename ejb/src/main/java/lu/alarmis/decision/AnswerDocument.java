package lu.alarmis.decision;

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

import lu.alarmis.document.InspectedDocument;
import lu.alarmis.document.StoredDocument;

/** A document the client gave with its answer to an intended decision, as it was inspected on upload. */
@Entity
@Table(name = "intended_decision_document")
public class AnswerDocument extends StoredDocument {

    @Id
    @SequenceGenerator(name = "intended_decision_document_seq", sequenceName = "intended_decision_document_seq",
            allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intended_decision_document_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", nullable = false, updatable = false)
    private IntendedDecision decision;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    protected AnswerDocument() {
        // for JPA
    }

    AnswerDocument(IntendedDecision decision, InspectedDocument inspected, byte[] bytes, String uploadedBy, Instant now) {
        super(inspected, bytes, now);
        this.decision = decision;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public IntendedDecision getDecision() {
        return decision;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
