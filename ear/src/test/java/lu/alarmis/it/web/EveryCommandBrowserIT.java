package lu.alarmis.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import lu.alarmis.it.request.RequestPages;
import lu.alarmis.it.request.RequestServicesIT;
import lu.alarmis.it.support.BrowserTest;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.Fixtures;
import lu.alarmis.it.support.PageSweep;

/**
 * Every page, as each kind of person reaches it, with every command button and command link on
 * it clicked once (the language links, the actions, the forms sent empty): no click may end on
 * an error page or leave a script error or a refused script (CSP) in the browser's console.
 */
@ExtendWith(ArquillianExtension.class)
class EveryCommandBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithFixtures();
    }

    @TempDir
    Path files;

    @Test
    void everyCommandOfThePublicPagesWorks() {
        PageSweep sweep = new PageSweep(browser, null);

        for (String page : List.of("/index.xhtml", "/login.xhtml", "/register.xhtml", "/signin/certificate.xhtml")) {
            sweep.clickEveryCommand(page);
        }

        assertThat(sweep.clicked()).as("commands clicked").isGreaterThan(10);
    }

    @Test
    void everyCommandOfTheApplicantsPagesWorks() throws IOException {
        String email = RequestPages.newEmail("sweep.applicant");
        RequestPages pages = new RequestPages(browser).strongApplicantWithEspace(email, "Sweep Bijouterie");
        long submitted = pages.fileRequest("Mersch", pdf());
        long draft = pages.startRequest();
        pages.open("/espace/index.xhtml");
        String membersPage = browser.findElement(By.cssSelector("a[href*='members.xhtml?id=']")).getAttribute("href");
        PageSweep sweep = new PageSweep(browser, () -> pages.signIn(email, RequestPages.PASSWORD, null));

        List<String> paths = new ArrayList<>(List.of("/espace/index.xhtml", "/espace/create.xhtml",
                membersPage.substring(membersPage.indexOf("/espace/")), "/espace/security.xhtml",
                "/espace/requests/index.xhtml", "/espace/requests/edit.xhtml?id=" + draft,
                "/espace/notifications.xhtml", "/espace/invitation.xhtml?token=not-a-token",
                "/espace/connections/index.xhtml", "/espace/certification/index.xhtml",
                "/espace/requests/view.xhtml?id=" + submitted));
        for (String page : paths) {
            sweep.clickEveryCommand(page);
        }
        sweep.signOutOnce();

        assertThat(sweep.clicked()).as("commands clicked").isGreaterThan(20);
    }

    @Test
    void everyCommandOfTheStaffPagesWorks() throws IOException {
        String applicant = RequestPages.newEmail("sweep.filer");
        RequestPages pages = new RequestPages(browser).strongApplicantWithEspace(applicant, "Sweep Pharmacie");
        long submitted = pages.fileRequest("Wiltz", pdf());
        long approvedRequest = pages.fileRequest("Vianden", pdf());
        pages.signOut();
        String staff = RequestPages.newEmail("sweep.staff").replace("example.lu", "police.etat.lu");
        RequestPages.staff(staff, "cin-operator,cin-supervisor,admin");
        // a client in the register, approved by a second supervisor (never the proposer)
        String secondSupervisor = RequestPages.newEmail("sweep.supervisor").replace("example.lu", "police.etat.lu");
        RequestPages.staff(secondSupervisor, "cin-supervisor");
        long[] approved = Fixtures.approved(approvedRequest, staff, secondSupervisor, RequestPages.STAFF_PASSWORD);
        long connection = approved[0];
        long client = approved[1];
        pages.signInAsStaff(staff);
        pages.open("/staff/clients/view.xhtml?id=" + client).announceSuspensionHere("No servicing certificate.");
        String decision = browser.findElement(By.cssSelector("a[href*='decisions/view.xhtml?id=']")).getAttribute("href");
        PageSweep sweep = new PageSweep(browser, () -> pages.signInAsStaff(staff));

        for (String page : List.of("/staff/index.xhtml", "/staff/requests/index.xhtml",
                "/staff/requests/view.xhtml?id=" + submitted, "/staff/audit.xhtml", "/staff/partner/index.xhtml",
                "/staff/partner/dead-letters.xhtml", "/staff/clients/index.xhtml", "/staff/clients/view.xhtml?id=" + client,
                "/staff/admin/legacy-import.xhtml", "/staff/decisions/index.xhtml", "/staff/certification/index.xhtml",
                "/staff/certification/letters.xhtml", "/staff/compliance/index.xhtml?state=COMPLIANT",
                "/staff/compliance/connection.xhtml?id=" + connection,
                decision.substring(decision.indexOf("/staff/")))) {
            sweep.clickEveryCommand(page);
        }
        // The account page's row commands (roles, disable) on an account made for this sweep only.
        String victim = RequestPages.newEmail("sweep.victim").replace("example.lu", "police.etat.lu");
        RequestPages.staff(victim, "cin-operator");
        sweep.clickEveryCommand("/staff/admin/accounts.xhtml", victim);
        pages.open("/staff/partner/index.xhtml");
        String message = browser.findElement(By.cssSelector("a[href*='message.xhtml?id=']"))
                .getAttribute("href");
        sweep.clickEveryCommand(message.substring(message.indexOf("/staff/")));
        sweep.signOutOnce();

        // The connection's page as its client sees it: the intended decision's answer, the yearly obligations.
        PageSweep clientSweep = new PageSweep(browser, () -> pages.signIn(applicant, RequestPages.PASSWORD, null));
        pages.signIn(applicant, RequestPages.PASSWORD, null);
        clientSweep.clickEveryCommand("/espace/connections/view.xhtml?id=" + connection);
        clientSweep.signOutOnce();

        assertThat(sweep.clicked()).as("commands clicked").isGreaterThan(20);
        assertThat(clientSweep.clicked()).as("commands of the connection's page").isGreaterThan(2);
    }

    private File pdf() throws IOException {
        return Files.write(files.resolve("plan.pdf"), RequestServicesIT.pdf()).toFile();
    }
}
