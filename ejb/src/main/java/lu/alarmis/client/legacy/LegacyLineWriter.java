package lu.alarmis.client.legacy;

import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Writes a chunk of checked lines in the chunk's transaction ({@link ImportLedger#writeChunk}). */
@Named
@Dependent
public class LegacyLineWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = LegacyImports.IMPORT_ID)
    private String importId;

    @Inject
    private ImportLedger ledger;

    @Override
    public void writeItems(List<Object> items) {
        ledger.writeChunk(Long.parseLong(importId), items.stream().map(CheckedLine.class::cast).toList());
    }
}
