package lu.alarmis.infrastructure.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The application is ready only when its datasource hands out a valid connection. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final String DATASOURCE = "java:jboss/datasources/AlarmisDS";
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("alarmis-database").withData("datasource", DATASOURCE);
        try (Connection connection = dataSource.getConnection()) {
            return response.status(connection.isValid(VALIDATION_TIMEOUT_SECONDS))
                    .withData("database", connection.getMetaData().getDatabaseProductName())
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
