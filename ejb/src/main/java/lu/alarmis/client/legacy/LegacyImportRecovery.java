package lu.alarmis.client.legacy;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * At start-up no import runs yet: one the database still calls running was cut short when the
 * server went down (a crash leaves its job execution "started" for good, which Jakarta Batch
 * cannot restart). It becomes interrupted, and its page offers to resume it.
 */
@Singleton
@Startup
@PermitAll
public class LegacyImportRecovery {

    private static final Logger LOG = Logger.getLogger(LegacyImportRecovery.class.getName());

    @Inject
    private ImportLedger ledger;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void interruptedByTheServersEnd() {
        int interrupted = ledger.interruptAllRunning();
        if (interrupted > 0) {
            LOG.warning(interrupted + " legacy register import(s) were running when the server stopped: an admin may resume them");
        }
    }
}
