package lu.alarmis.infrastructure.persistence;

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
        return Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V18__MoveConnectionsIntoTheRegister())
                .failOnMissingLocations(true);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // Nothing to release.
    }
}
