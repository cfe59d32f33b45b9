package lu.alarmis.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

import lu.alarmis.it.request.RequestPages;
import lu.alarmis.it.support.Browser;
import lu.alarmis.it.support.BrowserTest;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.Fixtures;

/**
 * The client register in the browser: an operator finds a client by the start of its name and
 * opens its page (organisation, postal address, connections with their history, eSpaces, requests);
 * the applicant sees the connection under "My connections"; another organisation's applicant never
 * does, whatever id it types into the address.
 */
@ExtendWith(ArquillianExtension.class)
class ClientRegisterBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithFixtures();
    }

    @Test
    void anOperatorFindsAClientAndOpensItsPageAndOnlyItsOwnApplicantSeesTheConnection() {
        String applicant = RequestPages.newEmail("register");
        String other = RequestPages.newEmail("register.other");
        String operator = RequestPages.newEmail("register.operator").replace("example.lu", "police.etat.lu");
        String supervisor = RequestPages.newEmail("register.supervisor").replace("example.lu", "police.etat.lu");
        Fixtures.applicant(applicant, "Léa Register", RequestPages.PASSWORD);
        Fixtures.applicant(other, "Tom Other", RequestPages.PASSWORD);
        RequestPages.staff(operator, "cin-operator");
        RequestPages.staff(supervisor, "cin-supervisor");
        long requestId = Fixtures.filedRequests(applicant, RequestPages.PASSWORD, "Remich", 1).get(0);
        Fixtures.filedRequests(other, RequestPages.PASSWORD, "Grevenmacher", 1);
        long[] approved = Fixtures.approved(requestId, operator, supervisor, RequestPages.STAFF_PASSWORD);
        long connectionId = approved[0];
        String organisation = "Organisation of " + applicant;

        RequestPages pages = new RequestPages(browser).signInAsStaff(operator);
        pages.open("/staff/clients/index.xhtml");
        browser.findElement(By.id("search:name")).sendKeys("organisation of " + applicant.substring(0, 20));
        browser.findElement(By.id("search:locality")).sendKeys("remi");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("search:find")));
        assertThat(browser.getCurrentUrl()).as("the search has an address of its own").contains("locality=remi");
        assertThat(pages.text("matching")).isEqualTo("1 connection matches.");
        String clientNumber = browser.findElement(By.cssSelector("#search\\:connections_data a")).getText();
        assertThat(clientNumber).matches("AL-\\d{4}-\\d{6}-\\d");
        assertThat(pages.bodyText()).contains(organisation).contains("Remich").contains("waiting for POST to route the line");

        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("#search\\:connections_data a")));
        assertThat(pages.text("clientName")).isEqualTo(organisation);
        assertThat(pages.text("postalAddress")).startsWith("1, Grand-Rue, L-1660 Luxembourg")
                .contains("confirmed by " + supervisor);
        assertThat(pages.text("connections:0:state")).startsWith("Waiting for POST Luxembourg to route the line");
        assertThat(pages.bodyText()).contains(clientNumber + " · 1, Grand-Rue, L-1660 Remich")
                .contains("Connected (request approved)").contains("R-" + requestId)
                .contains("Request no. " + requestId)
                .as("the message that told POST the client number").contains("CLIENT_NUMBER_ASSIGNED");
        assertThat(pages.has("connections:0:change:suspend")).as("an operator does not suspend").isFalse();
        assertThat(pages.has("address:confirmAddress")).isFalse();
        screenshot("client-page");
        pages.signOut();

        pages.signIn(applicant, RequestPages.PASSWORD, null).open("/espace/connections/index.xhtml");
        assertThat(pages.bodyText()).contains(clientNumber).contains(organisation)
                .contains("Approved, waiting for POST Luxembourg to route your line");
        pages.openFirstConnection();
        assertThat(pages.text("clientNumber")).isEqualTo(clientNumber);
        assertThat(pages.text("standingHeading")).startsWith("Approved: waiting for POST Luxembourg");
        assertThat(pages.bodyText()).contains("Connected (request approved)").doesNotContain(supervisor);
        screenshot("my-connection");
        pages.signOut();

        pages.signIn(other, RequestPages.PASSWORD, null).open("/espace/connections/index.xhtml");
        assertThat(pages.bodyText()).doesNotContain(clientNumber).contains("No connection yet.");
        for (String address : List.of("/espace/connections/view.xhtml?id=" + connectionId,
                "/espace/connections/view.xhtml?id=abc", "/espace/connections/view.xhtml?id=-1",
                "/espace/connections/view.xhtml")) {
            pages.open(address);
            assertThat(browser.findElements(By.id("error-404"))).as(address).hasSize(1);
        }
        pages.open("/staff/clients/view.xhtml?id=" + approved[1]);
        assertThat(pages.bodyText()).as("the staff pages are not an applicant's").doesNotContain(clientNumber);
    }

    /** Kept for a person to look through (target/screenshots). */
    private static void screenshot(String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
