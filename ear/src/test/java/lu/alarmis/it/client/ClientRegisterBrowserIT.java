package lu.alarmis.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

import lu.alarmis.client.ClientNumber;
import lu.alarmis.it.request.RequestPages;
import lu.alarmis.it.support.Browser;
import lu.alarmis.it.support.BrowserTest;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.Fixtures;
import lu.alarmis.it.support.Http;

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
        assertThat(pages.has("connections:0:announce:announceButton")).as("an operator announces a measure").isTrue();
        assertThat(pages.has("connections:0:announce:takeUrgently")).as("but takes none at once").isFalse();
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

    @Test
    void anAdminImportsTheSampleFileWatchesTheProgressAndDownloadsTheReport() throws Exception {
        String admin = RequestPages.newEmail("register.admin").replace("example.lu", "police.etat.lu");
        RequestPages.staff(admin, "admin");
        RequestPages pages = new RequestPages(browser).signInAsStaff(admin);
        pages.open("/staff/index.xhtml");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("legacyImport")));
        assertThat(pages.bodyText()).contains("Legacy register import").contains("client_number, name, legal_form");

        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("upload:start")));
        assertThat(pages.bodyText()).as("nothing chosen").contains("Choose the file to import.");

        browser.findElement(By.id("upload:file")).sendKeys(SAMPLE.toAbsolutePath().normalize().toString());
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("upload:start")));
        assertThat(pages.bodyText()).contains("The import of demo-legacy-register.csv has begun: 300 lines.");
        // The page asks every second while the import runs, and its form is rendered again each time.
        Browser.waitUpTo(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(driver -> "Completed".equals(pages.text("imports:latestStatus")));
        assertThat(pages.text("latestCounts")).startsWith("300 of 300 lines done:").contains("8 lines rejected");
        assertThat(pages.text("imports:history:0:rejected")).isEqualTo("8");

        String report = download(browser.findElement(By.id("imports:history:0:report")).getAttribute("href"));
        assertThat(report).startsWith("\uFEFFLine;Column;Reason;Value\r\n")
                .contains(";site_postcode;Not a Luxembourg postcode (L-1234);F-57000")
                .contains(";client_number;The client number's check digit is wrong: a typing error;")
                .contains(";client_number;The client number is on an earlier line of the file;AL-2004-000002-6 (line 3)");
        screenshot("legacy-import");

        // A larger file, to see the bar move while the chunks commit (the page asks every second).
        Path larger = Files.createTempFile("legacy-register-", ".csv");
        try {
            Files.write(larger, largerFile(12_000), StandardCharsets.UTF_8);
            browser.findElement(By.id("upload:file")).sendKeys(larger.toAbsolutePath().toString());
            Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("upload:start")));
            Set<Integer> seen = new TreeSet<>();
            Browser.waitUpTo(browser, Duration.ofSeconds(180)).pollingEvery(Duration.ofMillis(200))
                    .ignoring(StaleElementReferenceException.class).until(driver -> {
                seen.add(Integer.valueOf(driver.findElement(By.id("importProgress")).getAttribute("value")));
                return "Completed".equals(pages.text("imports:latestStatus"));
            });
            // The poll may render the status between the two reads above: the bar as it is now, too.
            seen.add(Integer.valueOf(browser.findElement(By.id("importProgress")).getAttribute("value")));
            assertThat(seen).as("values of the progress bar, seen without reloading the page").contains(100)
                    .anyMatch(value -> value > 0 && value < 100);
            assertThat(pages.text("latestCounts")).startsWith("12,000 of 12,000 lines done: 12,000 connections created");
        } finally {
            Files.deleteIfExists(larger);
        }
    }

    private static final Path SAMPLE = Path.of("..", "ejb", "src", "main", "resources", "lu", "alarmis", "client", "legacy",
            "demo-legacy-register.csv");

    /** The report as the signed-in admin's browser would download it. */
    private static String download(String address) throws Exception {
        HttpResponse<byte[]> response = Http.client().send(HttpRequest.newBuilder(URI.create(address))
                .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue())
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static List<String> largerFile(int lines) {
        List<String> file = new ArrayList<>();
        file.add("client_number;name;legal_form;trade_register_number;postal_street;postal_house_number;postal_postcode;"
                + "postal_locality;site_street;site_house_number;site_postcode;site_locality;passive_alarm;connected_on");
        int first = 500_000 + (int) (System.nanoTime() % 400_000);
        for (int i = 0; i < lines; i++) {
            file.add(ClientNumber.of(2012, first + i).value() + ";Client " + first + "-" + i + ";SA;B" + (first + i)
                    + ";Grand-Rue;1;L-1111;Luxembourg;Rue Haute;" + (i % 90 + 1) + ";L-9010;Ettelbruck;yes;2012-05-01");
        }
        return file;
    }
}
