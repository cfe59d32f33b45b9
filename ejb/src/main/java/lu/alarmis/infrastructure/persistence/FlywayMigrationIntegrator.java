package lu.alarmis.infrastructure.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

import lu.alarmis.infrastructure.persistence.migration.V18__MoveConnectionsIntoTheRegister;

/**
 * Runs the Flyway migrations while the persistence unit starts, before Hibernate validates the
 * schema ({@code hibernate.hbm2ddl.auto=validate}): no application code could run earlier, and
 * the schema is owned by the versioned SQL in {@code db/migration}, never generated.
 */
public class FlywayMigrationIntegrator implements Integrator {

    private static final Logger LOG = Logger.getLogger(FlywayMigrationIntegrator.class.getName());

    /** JBeret's job repository (WildFly's batch-jberet subsystem, config/configure-server.cli). */
    private static final Set<String> JOB_REPOSITORY_TABLES = Set.of("JOB_INSTANCE", "JOB_EXECUTION", "STEP_EXECUTION",
            "PARTITION_EXECUTION");

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory.getServiceRegistry()
                .requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        Flyway flyway = configuration(dataSource).load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * The migrations: the SQL scripts of {@code db/migration} and the few written in Java (where the
     * two databases' SQL differs), named here so that no class scanning is needed to find them.
     * The migration tests run the same configuration outside the server.
     */
    public static FluentConfiguration configuration(DataSource dataSource) {
        FluentConfiguration configuration = Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V18__MoveConnectionsIntoTheRegister())
                .failOnMissingLocations(true);
        if (holdsOnlyTheJobRepository(dataSource)) {
            // A new database that the batch subsystem reached first: it creates its job repository's
            // tables when the server starts, before the application's first deployment. Those tables
            // are not the application's to migrate; every migration runs on top of them, from V1.
            // (No apostrophe in the description: Flyway writes it into the SQL on PostgreSQL as it is.)
            configuration.baselineOnMigrate(true).baselineVersion("0")
                    .baselineDescription("job repository of the batch subsystem, created before the first migration");
        }
        return configuration;
    }

    /** Whether the schema has no migration history and no table but those of the batch job repository. */
    private static boolean holdsOnlyTheJobRepository(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            Set<String> tables = new HashSet<>();
            try (ResultSet found = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (found.next()) {
                    tables.add(found.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
                }
            }
            return !tables.isEmpty() && JOB_REPOSITORY_TABLES.containsAll(tables);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's tables", e);
        }
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // Nothing to release.
    }
}
