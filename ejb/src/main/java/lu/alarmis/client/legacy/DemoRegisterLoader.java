package lu.alarmis.client.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.jboss.ejb3.annotation.RunAsPrincipal;

import lu.alarmis.account.DemoAccountsLoader;
import lu.alarmis.security.Roles;

/**
 * Run mode only: the demo admin imports the sample file of the legacy register (300 lines: clients
 * with one or two sites, connections in every state, the last servicing and transmission test
 * spread over fifteen months, and a few bad lines for the report), as an admin would on the
 * import page, so that the register has clients from before this service. Once: a restart keeps
 * what exists, and the import page offers the same file again to show that it changes nothing.
 */
@Singleton
@Startup
@DependsOn({"DemoAccountsLoader", "LegacyImportRecovery"})
@RunAs(Roles.ADMIN)
@RunAsPrincipal(DemoRegisterLoader.DEMO_ADMIN)
public class DemoRegisterLoader {

    static final String DEMO_ADMIN = "admin@demo.alarmis.lu";
    /** The sample, also in the repository for admins to try the page with. */
    public static final String SAMPLE = "demo-legacy-register.csv";

    private static final Logger LOG = Logger.getLogger(DemoRegisterLoader.class.getName());

    @EJB
    private LegacyImports imports;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (!Boolean.getBoolean(DemoAccountsLoader.DEMO_PROPERTY) || !imports.history().isEmpty()) {
            return;
        }
        try (InputStream sample = DemoRegisterLoader.class.getResourceAsStream(SAMPLE)) {
            LegacyImport started = imports.upload(SAMPLE, sample);
            LOG.info(() -> "demo register: importing " + started.getLineCount() + " lines of " + SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
