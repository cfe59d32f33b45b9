package lu.alarmis.client.legacy;

import java.io.Serializable;
import java.util.Optional;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Reads the import's file line by line, never the whole of it. It begins after the last line the
 * ledger has (an execution that resumes an interrupted import) or after its own checkpoint (a
 * restart), whichever is later, and checks first that the file is the one uploaded.
 */
@Named
@Dependent
public class LegacyLineReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = LegacyImports.IMPORT_ID)
    private String importId;

    @Inject
    private LegacyImportFiles files;

    @Inject
    private ImportLedger ledger;

    private LegacyFile file;
    private long lastRead;

    @Override
    public void open(Serializable checkpoint) {
        long id = Long.parseLong(importId);
        LegacyImport record = ledger.find(id);
        if (!files.sha256(id).equals(record.getFileSha256())) {
            throw new IllegalStateException("the file of import " + id + " is not the one uploaded");
        }
        long after = Math.max(checkpoint == null ? 0 : (Long) checkpoint, ledger.lastLine(id));
        file = new LegacyFile(files.open(id));
        lastRead = 0;
        while (lastRead < after) {
            Optional<LegacyFile.Line> skipped = file.next();
            if (skipped.isEmpty()) {
                break;
            }
            lastRead = skipped.get().lineNumber();
        }
    }

    /** @return the next line ({@link LegacyFile.Line}), {@code null} at the end */
    @Override
    public Object readItem() {
        Optional<LegacyFile.Line> line = file.next();
        line.ifPresent(read -> lastRead = read.lineNumber());
        return line.orElse(null);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }
}
