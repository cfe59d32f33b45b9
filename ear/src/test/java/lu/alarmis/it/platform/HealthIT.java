package lu.alarmis.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.it.support.DatabaseDependent;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.Http;
import lu.alarmis.it.support.TestServer;

/** What a monitoring probe sees on WildFly's management /health endpoint. */
@Tag(DatabaseDependent.TAG)
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void healthReportsTheApplicationAndItsDatasourceUp() throws Exception {
        HttpResponse<String> response = Http.get(TestServer.management("/health"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"status\":\"UP\"")
                .contains("\"name\":\"deployments-status\",\"status\":\"UP\"")
                .contains("\"name\":\"alarmis-database\",\"status\":\"UP\"")
                .contains("java:jboss/datasources/AlarmisDS")
                .contains("\"database\":\"" + expectedDatabase() + "\"");
    }

    /** CI runs the suite twice: on the default H2 file database and on PostgreSQL. */
    private static String expectedDatabase() {
        String url = System.getenv("ALARMIS_DB_URL");
        return url != null && url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2";
    }

    @Test
    void readinessIncludesTheDatasourceCheck() throws Exception {
        HttpResponse<String> response = Http.get(TestServer.management("/health/ready"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"alarmis-database\",\"status\":\"UP\"");
    }
}
