package lu.alarmis.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import lu.alarmis.it.request.RequestPages;
import lu.alarmis.it.support.Browser;
import lu.alarmis.it.support.BrowserTest;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.Fixtures;

/**
 * Addresses typed, bookmarked or tampered with: an unusable record number is "Page not found" like
 * an unknown one; a filter value is read without regard to case, and one the page does not know
 * is said at the top of the page instead of being ignored; filters set in the form go into the
 * address.
 */
@ExtendWith(ArquillianExtension.class)
class AddressesBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithFixtures();
    }

    @Test
    void anUnusableRecordNumberIsPageNotFoundOnEveryPageThatTakesOne() {
        RequestPages pages = new RequestPages(browser)
                .strongApplicantWithEspace(RequestPages.newEmail("addresses"), "Adressen Optik");
        long draft = pages.startRequest();
        for (String address : List.of("/espace/requests/view.xhtml?id=abc", "/espace/requests/edit.xhtml?id=abc",
                "/espace/members.xhtml?id=abc", "/espace/requests/view.xhtml?id=-3",
                "/espace/requests/view.xhtml?id=99999999999999999999", "/espace/requests/view.xhtml")) {
            pages.open(address);
            assertThat(browser.findElements(By.id("error-404"))).as(address).hasSize(1);
        }
        pages.open("/espace/requests/edit.xhtml?id=" + draft + "&step=abc");
        assertThat(browser.findElement(By.id("site:street")).isDisplayed()).as("an unusable step opens the first").isTrue();

        pages.signOut();
        String staff = RequestPages.newEmail("addresses.staff").replace("example.lu", "police.etat.lu");
        RequestPages.staff(staff, "cin-operator,cin-supervisor");
        pages.signInAsStaff(staff);
        for (String address : List.of("/staff/requests/view.xhtml?id=abc", "/staff/partner/message.xhtml?id=abc",
                "/staff/partner/message.xhtml?id=" + Long.MAX_VALUE)) {
            pages.open(address);
            assertThat(browser.findElements(By.id("error-404"))).as(address).hasSize(1);
        }
    }

    @Test
    void filterValuesAreReadWithoutRegardToCaseAndUnknownOnesAreSaid() {
        RequestPages pages = new RequestPages(browser);
        String staff = RequestPages.newEmail("filters.staff").replace("example.lu", "police.etat.lu");
        RequestPages.staff(staff, "cin-operator,cin-supervisor");
        pages.signInAsStaff(staff);

        pages.open("/staff/requests/index.xhtml?assignee=mine&state=in_review");
        assertThat(selected("queue:assignment")).isEqualTo("Me");
        assertThat(selected("queue:state")).isEqualTo("In review by the police");
        assertThat(messages()).isEmpty();

        pages.open("/staff/requests/index.xhtml?state=WAITING_FOR_POST");
        assertThat(messages()).singleElement().asString().contains("“WAITING_FOR_POST”").contains("POST_CHECK")
                .contains("IN_REVIEW");
        pages.open("/staff/requests/index.xhtml?minDays=abc");
        assertThat(messages()).singleElement().asString().contains("“abc”").contains("not a whole number");
        pages.open("/staff/requests/index.xhtml?minDays=5000");
        assertThat(messages()).singleElement().asString().contains("from 0 to 3650");

        pages.open("/staff/partner/index.xhtml?direction=inbound");
        assertThat(selected("traffic:direction")).isEqualTo("From POST");
        pages.open("/staff/partner/index.xhtml?direction=sideways");
        assertThat(messages()).singleElement().asString().contains("“sideways”").contains("INBOUND, OUTBOUND");
    }

    @Test
    void filtersSetInTheFormGoIntoTheAddress() {
        RequestPages pages = new RequestPages(browser);
        String staff = RequestPages.newEmail("bookmark.staff").replace("example.lu", "police.etat.lu");
        RequestPages.staff(staff, "cin-operator");
        pages.signInAsStaff(staff).open("/staff/requests/index.xhtml");

        new Select(browser.findElement(By.id("queue:state"))).selectByValue("IN_REVIEW");
        browser.findElement(By.id("queue:locality")).sendKeys("esch");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("queue:apply")));

        assertThat(browser.getCurrentUrl()).contains("state=IN_REVIEW").contains("locality=esch");
        assertThat(selected("queue:state")).isEqualTo("In review by the police");
    }

    @Test
    void theQueueComesBackFromARequestWithItsFiltersPageAndSortOrderAndAnotherFilterStartsAfresh() {
        String applicant = RequestPages.newEmail("queue.return");
        Fixtures.applicant(applicant, "Applicant Queue Return", RequestPages.PASSWORD);
        String locality = "Rueckweg" + System.nanoTime();
        List<Long> filed = Fixtures.filedRequests(applicant, RequestPages.PASSWORD, locality, 21);
        RequestPages pages = new RequestPages(browser);
        String staff = RequestPages.newEmail("queue.return.staff").replace("example.lu", "police.etat.lu");
        RequestPages.staff(staff, "cin-operator");
        pages.signInAsStaff(staff).open("/staff/requests/index.xhtml?locality=" + locality);
        assertThat(requestLinks()).as("oldest first, 20 a page").hasSize(20).first().isEqualTo("Request no. " + filed.get(0));

        submittedHeader().click(); // ascending, as it was
        waitForTable(() -> "ascending".equals(submittedHeader().getAttribute("aria-sort")));
        submittedHeader().click();
        waitForTable(() -> requestLinks().get(0).equals("Request no. " + filed.get(20)));
        browser.findElement(By.xpath("//button[contains(@class, 'ui-paginator-page') and normalize-space(.) = '2']")).click();
        waitForTable(() -> requestLinks().size() == 1);
        assertThat(requestLinks()).containsExactly("Request no. " + filed.get(0));

        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.linkText("Request no. " + filed.get(0))));
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.id("backToQueue")));

        assertThat(browser.getCurrentUrl()).contains("locality=" + locality);
        assertThat(browser.findElement(By.id("queue:locality")).getAttribute("value")).isEqualTo(locality);
        assertThat(requestLinks()).as("page 2 of the newest first, as left").containsExactly("Request no. " + filed.get(0));
        assertThat(submittedHeader().getAttribute("aria-sort")).isEqualTo("descending");

        pages.open("/staff/requests/index.xhtml?locality=" + locality + "&alarmType=PASSIVE");
        assertThat(requestLinks()).as("another filter starts on its first page, oldest first").hasSize(20)
                .first().isEqualTo("Request no. " + filed.get(0));
    }

    private WebElement submittedHeader() {
        return browser.findElement(By.xpath("//th[.//span[text()='Submitted']]"));
    }

    private List<String> requestLinks() {
        return browser.findElements(By.cssSelector("[id$='requests_data'] a[href^='view.xhtml']")).stream()
                .map(WebElement::getText).toList();
    }

    private void waitForTable(BooleanSupplier done) {
        Browser.waitUpTo(browser, Duration.ofSeconds(10)).until(d -> {
            try {
                return done.getAsBoolean();
            } catch (StaleElementReferenceException | IndexOutOfBoundsException changing) {
                return false;
            }
        });
    }

    private String selected(String id) {
        return new Select(browser.findElement(By.id(id))).getFirstSelectedOption().getText();
    }

    private List<String> messages() {
        return browser.findElements(By.cssSelector("#messages li")).stream().map(WebElement::getText).toList();
    }
}
