package lu.alarmis.certification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lu.alarmis.common.BusinessException;

/** Letters printed together as one PDF, then marked posted together. */
@Entity
@Table(name = "print_batch")
public class PrintBatch {

    @Id
    @SequenceGenerator(name = "print_batch_seq", sequenceName = "print_batch_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "print_batch_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "posted_at")
    private Instant postedAt;

    @Column(name = "posted_by")
    private String postedBy;

    protected PrintBatch() {
        // for JPA
    }

    PrintBatch(String by, Instant now) {
        this.createdBy = by;
        this.createdAt = now;
    }

    void posted(String by, Instant now) {
        if (postedAt != null) {
            throw new BusinessException("letters.alreadyPosted", "batch " + id + " was posted at " + postedAt);
        }
        this.postedBy = by;
        this.postedAt = now;
    }

    public boolean isPosted() {
        return postedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getPostedBy() {
        return postedBy;
    }
}
