package lu.alarmis.client.legacy;

import java.util.logging.Logger;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** An execution that ends without completing (it failed, or was stopped) leaves its import interrupted, for an admin to resume. */
@Named
@Dependent
public class LegacyImportListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(LegacyImportListener.class.getName());

    @Inject
    @BatchProperty(name = LegacyImports.IMPORT_ID)
    private String importId;

    @Inject
    private JobContext job;

    @Inject
    private ImportLedger ledger;

    @Override
    public void afterJob() {
        if (job.getBatchStatus() != BatchStatus.COMPLETED) {
            LOG.warning(() -> "legacy import " + importId + ": execution " + job.getExecutionId() + " ended "
                    + job.getBatchStatus() + " (" + job.getExitStatus() + "); an admin may resume it");
            ledger.interrupted(Long.parseLong(importId));
        }
    }
}
