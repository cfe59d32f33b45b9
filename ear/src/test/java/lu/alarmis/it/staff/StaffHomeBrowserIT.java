package lu.alarmis.it.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import lu.alarmis.it.request.RequestPages;
import lu.alarmis.it.request.RequestServicesIT;
import lu.alarmis.it.support.Browser;
import lu.alarmis.it.support.BrowserTest;
import lu.alarmis.it.support.Deployments;

/** Where a shift starts, and the audit trail that staff search. */
@ExtendWith(ArquillianExtension.class)
class StaffHomeBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithFixtures();
    }

    @TempDir
    Path files;

    @Test
    void theHomePageCountsWhatWaitsForEachRoleAndLeadsToTheQueueFilteredTheSameWay() throws IOException {
        RequestPages pages = new RequestPages(browser);
        String applicant = RequestPages.newEmail("home.applicant");
        long id = pages.strongApplicantWithEspace(applicant, "Accueil Horlogerie")
                .fileRequest("Heinerscheid", Files.write(files.resolve("plan.pdf"), RequestServicesIT.pdf()).toFile());
        pages.signOut();
        String operator = RequestPages.newEmail("home.operator").replace("example.lu", "police.etat.lu");
        RequestPages.staff(operator, "cin-operator");
        String supervisor = RequestPages.newEmail("home.supervisor").replace("example.lu", "police.etat.lu");
        RequestPages.staff(supervisor, "cin-supervisor");

        pages.signInAsStaff(operator).open("/staff/index.xhtml");
        assertThat(tileKeys()).containsExactly("mine", "unassigned", "postCheck", "overdue", "informationOverdue",
                "decisionsReady", "certificationsWaiting", "lettersWaiting", "complianceOverdue", "complianceRemediation");
        assertThat(tile("decisionsReady").getAttribute("href")).endsWith("/staff/decisions/index.xhtml");
        assertThat(tile("complianceOverdue").getText()).contains("connections with a yearly obligation overdue");
        assertThat(tile("complianceOverdue").getAttribute("href")).endsWith("/staff/compliance/index.xhtml?state=OVERDUE");
        assertThat(tile("complianceRemediation").getAttribute("href"))
                .endsWith("/staff/compliance/index.xhtml?state=REMEDIATION");
        assertThat(tile("certificationsWaiting").getText()).contains("certification requests to prepare or decide");
        assertThat(tile("certificationsWaiting").getAttribute("href")).endsWith("/staff/certification/index.xhtml");
        assertThat(tile("lettersWaiting").getAttribute("href")).endsWith("/staff/certification/letters.xhtml");
        assertThat(tile("mine").getText()).startsWith("0").contains("open requests assigned to you");
        assertThat(tile("postCheck").getText()).matches("(?s)[1-9][0-9]*\\+?\\s+requests waiting for POST Luxembourg’s answer");
        assertThat(tile("overdue").getText()).contains("30 days or more");
        String waitingForPost = tile("postCheck").getText().replaceAll("(?s)\\s.*", "");
        Browser.clickAndWaitForNextPage(browser, tile("postCheck"));
        assertThat(browser.getCurrentUrl()).endsWith("/staff/requests/index.xhtml?state=POST_CHECK");
        assertThat(browser.findElement(By.id("matching")).getText()).as("the queue counts what the tile counted")
                .startsWith(waitingForPost.replace("+", "") + " ");
        // Oldest first and shared with the other tests' requests: narrowed to this one's locality.
        pages.open("/staff/requests/index.xhtml?state=POST_CHECK&locality=heinerscheid");
        assertThat(pages.bodyText()).contains("Request no. " + id);
        pages.signOut();

        pages.signInAsStaff(supervisor).open("/staff/index.xhtml");
        assertThat(tileKeys()).as("a supervisor also sees the proposals waiting for a decision").contains("proposed");
        assertThat(tile("proposed").getAttribute("href")).endsWith("/staff/requests/index.xhtml?proposed=true");
        assertThat(browser.findElement(By.id("audit")).getText()).isEqualTo("Audit trail");
    }

    @Test
    void theAuditTrailIsFilteredByActorActionSubjectAndDaysAndSaysHowATransitionWent() throws IOException {
        RequestPages pages = new RequestPages(browser);
        String applicant = RequestPages.newEmail("audit.applicant");
        long id = pages.strongApplicantWithEspace(applicant, "Audit Bijouterie")
                .fileRequest("Vianden", Files.write(files.resolve("plan.pdf"), RequestServicesIT.pdf()).toFile());
        pages.signOut();
        String supervisor = RequestPages.newEmail("audit.supervisor").replace("example.lu", "police.etat.lu");
        RequestPages.staff(supervisor, "cin-supervisor");

        pages.signInAsStaff(supervisor).open("/staff/audit.xhtml?subject=request&subjectId=" + id + "&action=REQUEST_EVENT");
        assertThat(rows()).as("newest first").hasSize(3)
                .satisfiesExactly(
                        check -> assertThat(check).contains("POST_CHECK_REQUESTED"),
                        submitted -> assertThat(submitted).contains("SUBMITTED: DRAFT → SUBMITTED").contains(applicant),
                        created -> assertThat(created).contains("CREATED: created as DRAFT").contains(applicant));
        assertThat(pages.bodyText()).contains("3 records match.");

        pages.open("/staff/audit.xhtml?actor=" + applicant.toUpperCase() + "&action=LOGIN");
        assertThat(rows()).singleElement().asString().contains("Signed in").contains(applicant);

        pages.open("/staff/audit.xhtml?subject=request&subjectId=" + id + "&from=2099-01-01");
        assertThat(pages.bodyText()).contains("No records.");
        pages.open("/staff/audit.xhtml?from=yesterday");
        assertThat(browser.findElements(By.cssSelector("#messages li"))).singleElement()
                .extracting(WebElement::getText).asString().contains("“yesterday” is not a date");
    }

    private List<String> tileKeys() {
        return browser.findElements(By.cssSelector("#tiles a")).stream()
                .map(a -> a.getAttribute("id").substring("tile-".length())).toList();
    }

    private WebElement tile(String key) {
        return browser.findElement(By.id("tile-" + key));
    }

    private List<String> rows() {
        return browser.findElements(By.cssSelector("#audit\\:events tbody tr")).stream()
                .map(WebElement::getText).filter(text -> !text.contains("No records.")).toList();
    }
}
