package lu.alarmis.client.legacy;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.client.LegacyEntries;

/**
 * The import's last step, once every line is done: the client-number sequence moved past the
 * legacy register's numbers, the connections the file lacks reported, the import complete.
 */
@Named
@Dependent
public class LegacyImportClosing extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = LegacyImports.IMPORT_ID)
    private String importId;

    @Inject
    private ImportLedger ledger;

    @EJB
    private LegacyEntries entries;

    @Override
    public String process() {
        entries.raiseClientNumberFloor();
        return ledger.complete(Long.parseLong(importId)).getStatus().name();
    }
}
