package lu.alarmis.it.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import lu.alarmis.it.request.RequestPages;
import lu.alarmis.it.support.Browser;
import lu.alarmis.it.support.BrowserTest;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.Fixtures;

/**
 * Procedure 1 in the browser, the whole path: another organisation's applicant asks to certify its
 * eSpace for a client of the register → the operator prepares → a supervisor approves → the letter
 * waits in the print queue → the batch is printed and marked posted → the applicant enters the
 * token from the letter → the eSpace is certified and shows the client's connections.
 */
@ExtendWith(ArquillianExtension.class)
class CertificationBrowserIT extends BrowserTest {

    private static final Pattern TOKEN = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithFixtures();
    }

    @Test
    void anEspaceIsCertifiedWithTheTokenTheLetterToTheRegistersAddressBrought() throws Exception {
        String owner = RequestPages.newEmail("certification.owner");
        String applicant = RequestPages.newEmail("certification.applicant");
        String operator = RequestPages.newEmail("certification.operator").replace("example.lu", "police.etat.lu");
        String supervisor = RequestPages.newEmail("certification.supervisor").replace("example.lu", "police.etat.lu");
        String approver = RequestPages.newEmail("certification.approver").replace("example.lu", "police.etat.lu");
        Fixtures.applicant(owner, "Owner of the shop", RequestPages.PASSWORD);
        RequestPages.staff(operator, "cin-operator");
        RequestPages.staff(supervisor, "cin-supervisor");
        RequestPages.staff(approver, "cin-supervisor");
        long requestId = Fixtures.filedRequests(owner, RequestPages.PASSWORD, "Ettelbruck", 1).get(0);
        long clientId = Fixtures.approved(requestId, operator, approver, RequestPages.STAFF_PASSWORD)[1];

        RequestPages people = new RequestPages(browser).signInAsStaff(operator);
        people.open("/staff/clients/view.xhtml?id=" + clientId);
        String clientNumber = browser.findElement(By.cssSelector("section.connection h3")).getText().split(" · ")[0];
        String tradeRegister = people.text("tradeRegisterNumber");
        people.signOut();

        people.strongApplicantWithEspace(applicant, "Sécurité Nouvelle SARL");
        String applicantSession = people.sessionId();
        CertificationPages pages = new CertificationPages(browser);
        pages.ask(clientNumber, tradeRegister);
        String reference = pages.text("reference").replace("Certification ", "");
        assertThat(reference).matches("C-\\d+");
        assertThat(pages.text("state")).isEqualTo("Filed: the police check it");
        screenshot("certification-filed");
        // The applicant's session stays open (a sign-in in it would take it over): staff sign in afresh.
        browser.manage().deleteCookieNamed("JSESSIONID");

        people.signInAsStaff(operator);
        pages.openStaffRequest(reference);
        assertThat(people.bodyText()).as("the register entry beside the request").contains("Organisation of " + owner)
                .doesNotContain("No such client number in the register");
        pages.prepareApproval("Client number and trade-register number match the register.");
        screenshot("certification-staff-request");
        people.signOut();

        people.signInAsStaff(supervisor);
        pages.openStaffRequest(reference).approve();
        assertThat(people.bodyText()).contains("Approved: the letter with the code waits in the print queue.");
        String pdf = pages.printBatch();
        screenshot("certification-print-queue");
        String letter;
        try (PDDocument document = Loader.loadPDF(pages.download(pdf))) {
            letter = new PDFTextStripper().getText(document);
        }
        assertThat(letter.indexOf(": " + reference + " ")).as("the letter of " + reference).isNotNegative();
        assertThat(letter).as("the register's postal address (the owner's confirmed one), in the client's language (French)")
                .contains("Organisation of " + owner).contains("1, Grand-Rue").contains("L-1660 Luxembourg")
                .contains("Madame, Monsieur").contains(reference)
                .as("never the applicant's eSpace's address").doesNotContain("12, Grand-Rue");
        // The batch holds every letter that waited: this request's is the one that names its reference.
        Matcher token = TOKEN.matcher(letter);
        assertThat(token.find(letter.indexOf(": " + reference + " "))).as("the token in the letter").isTrue();
        pages.markFirstBatchPosted();
        assertThat(people.bodyText()).contains("The batch is marked posted");
        people.signOut();

        people.continueSession(applicantSession);
        pages.open("/espace/certification/index.xhtml");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(By.linkText(reference)));
        assertThat(pages.text("state")).isEqualTo("Approved: a letter with your code is on its way");
        pages.enterToken("AAAA-BBBB-CCCC-DDDD");
        assertThat(people.bodyText()).contains("This is not the code of the letter. Attempts left: 4.");
        pages.enterToken(token.group().toLowerCase());
        assertThat(people.bodyText()).contains("The code is right: this eSpace now acts for the client and sees its connections.");
        assertThat(pages.text("state")).isEqualTo("Certified: this eSpace acts for the client");
        screenshot("certification-certified");
        pages.open("/espace/connections/index.xhtml");
        assertThat(people.bodyText()).as("the client's connections").contains(clientNumber)
                .contains("Organisation of " + owner);
        people.signOut();

        // Another organisation (the owner's eSpace) never sees this eSpace's request, whatever it types.
        people.signIn(owner, RequestPages.PASSWORD, null);
        long requestNumber = Long.parseLong(reference.substring(2));
        for (String address : java.util.List.of("/espace/certification/view.xhtml?id=" + requestNumber,
                "/espace/certification/view.xhtml?id=abc", "/staff/certification/view.xhtml?id=" + requestNumber)) {
            pages.open(address);
            assertThat(browser.findElements(By.id("error-404")).size() + browser.findElements(By.id("error-403")).size())
                    .as(address).isEqualTo(1);
        }
    }
}
