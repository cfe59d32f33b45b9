package lu.alarmis.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.Http;
import lu.alarmis.it.support.TestServer;

/** A visitor who hits a missing page or a failure sees a translated page, never a stack trace. */
@ExtendWith(ArquillianExtension.class)
class ErrorPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithPage("pages/failing.xhtml", "failing-on-purpose.xhtml");
    }

    @Test
    void aMissingPageShowsTheTranslatedNotFoundPage() throws Exception {
        HttpResponse<String> response = Http.get(TestServer.app("/no-such-page.xhtml"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("This page does not exist").contains("lang=\"en\"");
        assertNoTechnicalDetails(response.body());
    }

    @Test
    void aMissingPageIsShownInTheVisitorsLanguage() throws Exception {
        HttpResponse<String> response = Http.get(TestServer.app("/no-such-page.xhtml"), "de-LU,de;q=0.9");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Diese Seite gibt es nicht").contains("lang=\"de\"");
    }

    @Test
    void aFailureShowsTheErrorPageWithoutStackTraceOrExceptionText() throws Exception {
        HttpResponse<String> response = Http.get(TestServer.app("/failing-on-purpose.xhtml"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Sorry, something went wrong on our side");
        assertNoTechnicalDetails(response.body());
        assertThat(response.body()).doesNotContain("noSuchPropertyOnPurpose");
    }

    @Test
    void facesSourcesAreNeverServed() throws Exception {
        HttpResponse<String> response = Http.get(TestServer.app("/WEB-INF/templates/layout.xhtml"));

        assertThat(response.statusCode()).isIn(403, 404);
        assertThat(response.body()).doesNotContain("ui:insert");
    }

    private static void assertNoTechnicalDetails(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at lu.alarmis")
                .doesNotContain("Undertow").doesNotContain("WildFly");
    }
}
