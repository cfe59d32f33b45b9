package lu.alarmis.client.legacy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import lu.alarmis.common.BusinessException;

/**
 * One file of the legacy register an admin uploaded, and what its import did so far: the lines it
 * read, and of them how many connections it created, updated or found unchanged, and how many it
 * rejected; at the end, how many connections of the register the file lacks. The counts move with
 * each chunk's transaction, so that the page shows the import's progress as it is committed.
 */
@Entity
@Table(name = "legacy_import")
public class LegacyImport {

    public static final int FILE_NAME_MAX = 255;

    @Id
    @SequenceGenerator(name = "legacy_import_seq", sequenceName = "legacy_import_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legacy_import_seq")
    private Long id;

    @Column(name = "file_name", nullable = false, updatable = false, length = FILE_NAME_MAX)
    private String fileName;

    @Column(name = "file_sha256", nullable = false, updatable = false, length = 64)
    private String fileSha256;

    @Column(name = "file_bytes", nullable = false, updatable = false)
    private long fileBytes;

    /** The lines after the header. */
    @Column(name = "line_count", nullable = false, updatable = false)
    private int lineCount;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 254)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private LegacyImportStatus status;

    /** How many job executions worked on it: one, and one more for each resumption. */
    @Column(name = "executions", nullable = false)
    private int executions;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "lines_done", nullable = false)
    private int linesDone;

    @Column(name = "created_count", nullable = false)
    private int createdCount;

    @Column(name = "updated_count", nullable = false)
    private int updatedCount;

    /** Unchanged, and kept (the file differs, but the register keeps what was done in this service). */
    @Column(name = "unchanged_count", nullable = false)
    private int unchangedCount;

    @Column(name = "rejected_count", nullable = false)
    private int rejectedCount;

    /** Connections of the legacy register that the file lacks (reported, never ended by the import). */
    @Column(name = "missing_count", nullable = false)
    private int missingCount;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected LegacyImport() {
        // for JPA
    }

    LegacyImport(String fileName, String fileSha256, long fileBytes, int lineCount, String uploadedBy, Instant now) {
        this.fileName = fileName;
        this.fileSha256 = fileSha256;
        this.fileBytes = fileBytes;
        this.lineCount = lineCount;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
        this.status = LegacyImportStatus.RUNNING;
        this.executions = 1;
    }

    void started(long executionId) {
        this.jobExecutionId = executionId;
    }

    /** An admin resumes it after an interruption: a new execution goes on after the last committed line. */
    void resume() {
        if (status != LegacyImportStatus.INTERRUPTED) {
            throw new BusinessException("legacyImport.notInterrupted", "import " + id + " is " + status);
        }
        this.status = LegacyImportStatus.RUNNING;
        this.executions++;
    }

    void interrupted() {
        if (status == LegacyImportStatus.RUNNING) {
            this.status = LegacyImportStatus.INTERRUPTED;
        }
    }

    void completed(int missing, Instant now) {
        this.missingCount = missing;
        this.status = LegacyImportStatus.COMPLETED;
        this.finishedAt = now;
    }

    /** What a chunk did, in its transaction. */
    void chunkDone(int lines, int created, int updated, int unchanged, int rejected) {
        this.linesDone += lines;
        this.createdCount += created;
        this.updatedCount += updated;
        this.unchangedCount += unchanged;
        this.rejectedCount += rejected;
    }

    /** How far it is, 0 to 100. */
    public int getPercentDone() {
        if (status == LegacyImportStatus.COMPLETED || lineCount == 0) {
            return 100;
        }
        return (int) Math.min(99, 100L * linesDone / lineCount);
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public long getFileBytes() {
        return fileBytes;
    }

    public int getLineCount() {
        return lineCount;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public LegacyImportStatus getStatus() {
        return status;
    }

    public int getExecutions() {
        return executions;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public int getLinesDone() {
        return linesDone;
    }

    public int getCreatedCount() {
        return createdCount;
    }

    public int getUpdatedCount() {
        return updatedCount;
    }

    public int getUnchangedCount() {
        return unchangedCount;
    }

    public int getRejectedCount() {
        return rejectedCount;
    }

    public int getMissingCount() {
        return missingCount;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
