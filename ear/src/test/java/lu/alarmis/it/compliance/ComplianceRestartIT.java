package lu.alarmis.it.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.common.Luxembourg;
import lu.alarmis.it.request.RequestPages;
import lu.alarmis.it.support.DatabaseDependent;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.Fixtures;
import lu.alarmis.it.support.Http;
import lu.alarmis.it.support.TestServer;

/**
 * Each reminder exists once also across a restart: the daily run sends the 60 days' reminders, the
 * server is reloaded (the broker, the application and its memory start again), and the same day's
 * run after it sends nothing more; the next threshold still goes. What was sent is known from the
 * database, not from memory.
 */
@Tag(DatabaseDependent.TAG)
@ExtendWith(ArquillianExtension.class)
class ComplianceRestartIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithFixturesAndClock();
    }

    @Test
    void aReminderSentBeforeARestartIsNotSentAgainAfterIt() throws Exception {
        String owner = RequestPages.newEmail("restart.owner");
        String operator = RequestPages.newEmail("restart.operator").replace("example.lu", "police.etat.lu");
        String supervisor = RequestPages.newEmail("restart.supervisor").replace("example.lu", "police.etat.lu");
        Fixtures.applicant(owner, "Owner of the garage", RequestPages.PASSWORD);
        RequestPages.staff(operator, "cin-operator");
        RequestPages.staff(supervisor, "cin-supervisor");
        long requestId = Fixtures.filedRequests(owner, RequestPages.PASSWORD, "Mondorf-les-Bains", 1).get(0);
        long connection = Fixtures.approved(requestId, operator, supervisor, RequestPages.STAFF_PASSWORD)[0];
        LocalDate due = LocalDate.now(Luxembourg.ZONE).plusMonths(12);

        wakeOn(due.minusDays(60), true);
        assertThat(reminders(connection)).as("the servicing's and the test's 60 days' reminders").isEqualTo(2);

        TestServer.reload("/test-clock?reminders=0");
        wakeOn(due.minusDays(60));
        wakeOn(due.minusDays(60));
        assertThat(reminders(connection)).as("the same day after the restart, woken twice").isEqualTo(2);
        wakeOn(due.minusDays(30));
        assertThat(reminders(connection)).as("the 30 days' reminders still go").isEqualTo(4);
        wakeOn(LocalDate.now(Luxembourg.ZONE), true); // back to the real day for the tests after this one
    }

    private static void wakeOn(LocalDate day) throws Exception {
        wakeOn(day, false);
    }

    /** @param fresh the days other tests ran from today on are forgotten first */
    private static void wakeOn(LocalDate day, boolean fresh) throws Exception {
        HttpResponse<String> response = Http.client().send(HttpRequest.newBuilder(
                        URI.create(TestServer.app("/test-clock") + "?day=" + day + (fresh ? "&fresh" : "")))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("wake on " + day).isEqualTo(200);
    }

    private static long reminders(long connection) throws Exception {
        HttpResponse<String> response = Http.get(URI.create(TestServer.app("/test-clock") + "?reminders=" + connection));
        assertThat(response.statusCode()).isEqualTo(200);
        return Long.parseLong(response.body().strip());
    }
}
