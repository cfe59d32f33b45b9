package lu.alarmis.it.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.time.LocalDate;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import lu.alarmis.common.Luxembourg;
import lu.alarmis.it.request.RequestPages;
import lu.alarmis.it.request.RequestServicesIT;
import lu.alarmis.it.support.BrowserTest;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.Fixtures;

/**
 * The yearly obligations in the browser: the client records a servicing with its certificate on
 * its connection's page; an operator records a failed transmission test (a remediation); a
 * supervisor works the dashboard from the chart to the list to the client and announces the
 * suspension, the client answers, another supervisor suspends, and the suspension is lifted.
 */
@ExtendWith(ArquillianExtension.class)
class ComplianceBrowserIT extends BrowserTest {

    /** The dashboard's bars, in its order: compliant, due soon, overdue, remediation, suspended. */
    private static final int REMEDIATION_BAR = 3;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithFixtures();
    }

    @Test
    void theClientRecordsAServicingAndASupervisorWorksTheDashboardFromTheChartToSuspendingTheConnection() throws Exception {
        String owner = RequestPages.newEmail("compliance.owner");
        String operator = RequestPages.newEmail("compliance.operator").replace("example.lu", "police.etat.lu");
        String supervisor = RequestPages.newEmail("compliance.supervisor").replace("example.lu", "police.etat.lu");
        String approver = RequestPages.newEmail("compliance.approver").replace("example.lu", "police.etat.lu");
        Fixtures.applicant(owner, "Owner of the bakery", RequestPages.PASSWORD);
        RequestPages.staff(operator, "cin-operator");
        RequestPages.staff(supervisor, "cin-supervisor");
        RequestPages.staff(approver, "cin-supervisor");
        long requestId = Fixtures.filedRequests(owner, RequestPages.PASSWORD, "Grevenmacher", 1).get(0);
        long[] approved = Fixtures.approved(requestId, operator, approver, RequestPages.STAFF_PASSWORD);
        long connection = approved[0];
        long client = approved[1];
        LocalDate today = LocalDate.now(Luxembourg.ZONE);
        File certificate = Files.write(Files.createTempDirectory("compliance").resolve("servicing-2026.pdf"),
                RequestServicesIT.pdf()).toFile();

        // The client: its connection's yearly obligations, and a servicing recorded with its certificate.
        RequestPages people = new RequestPages(browser).signIn(owner, RequestPages.PASSWORD, null);
        CompliancePages pages = new CompliancePages(browser);
        pages.open("/espace/connections/view.xhtml?id=" + connection);
        String clientNumber = pages.text("clientNumber");
        assertThat(pages.text("obligationsHeading")).isEqualTo("Yearly obligations");
        assertThat(pages.text("complianceState")).startsWith("Compliant");
        pages.recordServicing(today.minusDays(2), "Sécurité Moselle SARL", certificate);
        assertThat(pages.body()).contains("The servicing was recorded with its certificate servicing-2026.pdf.");
        assertThat(pages.text("servicings")).contains("Sécurité Moselle SARL").contains("servicing-2026.pdf");
        assertThat(browser.findElement(By.linkText("servicing-2026.pdf")).getAttribute("href"))
                .contains("/documents/servicing?id=");
        screenshot("compliance-client-servicing");
        people.signOut();

        // An operator records a failed transmission test that POST did not report: a remediation.
        people.signInAsStaff(operator);
        pages.open("/staff/compliance/connection.xhtml?id=" + connection);
        assertThat(pages.text("lastServicing")).as("the client's servicing").isNotEqualTo("not known");
        pages.recordTest(today, false, "No signal at the CIN during the on-site test.");
        assertThat(pages.body()).contains("The transmission test was recorded.");
        assertThat(pages.text("standing")).isEqualTo("In remediation");
        assertThat(pages.text("tests")).contains("Failed").contains("No signal at the CIN");
        screenshot("compliance-staff-connection");
        people.signOut();

        // A supervisor: the chart's bar, its list narrowed to the client, the client, the suspension announced.
        people.signInAsStaff(supervisor);
        pages.open("/staff/compliance/index.xhtml?state=COMPLIANT");
        screenshot("compliance-dashboard");
        pages.clickBar(REMEDIATION_BAR);
        assertThat(browser.getCurrentUrl()).endsWith("/staff/compliance/index.xhtml?state=REMEDIATION");
        assertThat(pages.text("listHeading")).isEqualTo("In remediation");
        pages.filterByClient(clientNumber);
        assertThat(browser.getCurrentUrl()).contains("state=REMEDIATION").contains("client=" + clientNumber);
        assertThat(pages.text("list:connections")).contains(clientNumber).contains("Grevenmacher");
        screenshot("compliance-dashboard-remediation");
        pages.follow("Organisation of " + owner);
        assertThat(browser.getCurrentUrl()).endsWith("/staff/clients/view.xhtml?id=" + client);
        people.announceSuspensionHere("The transmission test failed and no new test passed.");
        assertThat(pages.body()).contains("The intended decision was announced.");
        people.signOut();

        // The client answers; another supervisor suspends; the standing follows.
        people.signIn(owner, RequestPages.PASSWORD, null);
        pages.open("/espace/connections/view.xhtml?id=" + connection);
        pages.answerIntendedDecision("Our installer replaces the transmitter next week.");
        people.signOut();
        people.signInAsStaff(approver).openIntendedDecision(clientNumber)
                .decideIntendedDecision("The alarms do not reach the CIN until the new test passes.", true);
        pages.open("/staff/compliance/connection.xhtml?id=" + connection);
        assertThat(pages.text("standing")).isEqualTo("Suspended");
        people.signOut();

        // The supervisor lifts the suspension on the client's page: back to its dates' standing.
        people.signInAsStaff(supervisor);
        pages.open("/staff/clients/view.xhtml?id=" + client).reinstateHere("The new test is booked for Monday.");
        pages.open("/staff/compliance/connection.xhtml?id=" + connection);
        assertThat(pages.text("standing")).isEqualTo("In remediation");
        people.signOut();
    }
}
