package lu.alarmis.client.legacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import lu.alarmis.common.BusinessException;
import lu.alarmis.common.Text;
import lu.alarmis.security.Roles;

/**
 * The admins' import of the legacy register: a file is uploaded, checked as a whole (its header,
 * that it can be read to the end), kept, and imported by the Jakarta Batch job
 * {@value #JOB} in chunks, each one transaction. The job runs in the background under the
 * identity of the admin who started it (the batch subsystem runs jobs in the application's
 * security domain); the page follows it through the import's counts.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class LegacyImports {

    /** The job's name: {@code META-INF/batch-jobs/legacy-register-import.xml}. */
    public static final String JOB = "legacy-register-import";
    static final String IMPORT_ID = "importId";

    @Inject
    private LegacyImportFiles files;

    @Inject
    private ImportLedger ledger;

    @Resource
    private SessionContext context;

    /**
     * Takes an uploaded file and starts its import. Refused as a whole (nothing kept) when it lacks
     * a required column, cannot be read to the end, or has no line.
     *
     * @param fileName as the admin's computer named it
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the job must see the import committed
    public LegacyImport upload(String fileName, InputStream content) {
        String name = Text.blank(fileName) ? "legacy-register.csv" : Text.cut(fileName.strip(), LegacyImport.FILE_NAME_MAX);
        LegacyImportFiles.Received received = files.receive(content);
        int lines;
        try {
            lines = countLines(received);
        } catch (BusinessException refused) {
            files.delete(received.path());
            throw refused;
        }
        LegacyImport record = ledger.create(name, received.sha256(), received.bytes(), lines,
                context.getCallerPrincipal().getName());
        files.keep(received, record.getId());
        start(record.getId());
        return ledger.find(record.getId());
    }

    /** Goes on with an interrupted import, after the last line it committed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LegacyImport resume(long importId) {
        LegacyImport record = ledger.resume(importId, context.getCallerPrincipal().getName());
        if (!files.sha256(importId).equals(record.getFileSha256())) {
            ledger.interrupted(importId);
            throw new BusinessException("legacyImport.fileChanged", "the file of import " + importId + " changed on disk");
        }
        start(importId);
        return ledger.find(importId);
    }

    public List<LegacyImport> history() {
        return ledger.history(50);
    }

    public LegacyImport find(long importId) {
        return ledger.find(importId);
    }

    /** Hands the import's report to the consumer, line by line, without holding it in memory. */
    public void report(long importId, Consumer<ImportProblem> consumer) {
        ledger.find(importId);
        try (Stream<ImportProblem> problems = ledger.problems(importId)) {
            problems.forEach(consumer);
        }
    }

    private void start(long importId) {
        Properties parameters = new Properties();
        parameters.setProperty(IMPORT_ID, Long.toString(importId));
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution;
        try {
            execution = operator.start(JOB, parameters);
        } catch (RuntimeException notStarted) {
            ledger.interrupted(importId); // resumable once what stopped it is mended
            throw notStarted;
        }
        ledger.started(importId, execution);
    }

    /** Reads the whole file once: its header, every line readable, and how many there are. */
    private int countLines(LegacyImportFiles.Received received) {
        try (BufferedReader reader = files.open(received); LegacyFile file = new LegacyFile(reader)) {
            if (!file.missingColumns().isEmpty()) {
                throw new BusinessException("legacyImport.missingColumns", "missing " + file.missingColumns(),
                        String.join(", ", file.missingColumns()));
            }
            int lines = 0;
            while (file.next().isPresent()) {
                lines++;
            }
            if (lines == 0) {
                throw new BusinessException("legacyImport.noLine", "the file has a header and no line");
            }
            return lines;
        } catch (LegacyFile.UnreadableFileException e) {
            throw new BusinessException("legacyImport.unreadableFrom", e.getMessage(), e.lineNumber());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
