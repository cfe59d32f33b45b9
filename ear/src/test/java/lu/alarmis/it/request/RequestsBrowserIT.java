package lu.alarmis.it.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;

import javax.imageio.ImageIO;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import lu.alarmis.it.support.BrowserTest;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.Fixtures;
import lu.alarmis.it.support.RemotePostPartner;

/**
 * The connection request in Chromium, as applicants and CIN staff use it: filing with a PDF,
 * POST's confirmation recorded by hand, proposal, decision, information request, withdrawal,
 * the fire-only stop, refused uploads, four eyes, and other organisations' ids.
 */
@ExtendWith(ArquillianExtension.class)
class RequestsBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithFixtures();
    }

    @TempDir
    Path files;

    private RequestPages pages;
    private String applicant;
    private String operator;
    private String supervisor;

    @BeforeEach
    void people() {
        pages = new RequestPages(browser);
        applicant = RequestPages.newEmail("applicant");
        operator = RequestPages.newEmail("operator").replace("example.lu", "police.etat.lu");
        supervisor = RequestPages.newEmail("supervisor").replace("example.lu", "police.etat.lu");
        RequestPages.staff(operator, "cin-operator");
        RequestPages.staff(supervisor, "cin-supervisor");
    }

    @Test
    void aRequestFiledWithAPdfIsConfirmedProposedApprovedAndTheApplicantGetsTheClientNumber() throws IOException, InterruptedException {
        pages.strongApplicantWithEspace(applicant, "Bijouterie Weber");
        File certificate = pdf("installer-certificate.pdf");
        long id = pages.fileRequest("Esch-sur-Alzette", certificate);
        assertThat(pages.messages()).contains("Your request was submitted. The police will first ask POST Luxembourg "
                + "to confirm your order.");
        assertThat(pages.state()).isEqualTo("Waiting for POST Luxembourg");
        assertThat(pages.timeline()).anyMatch(line -> line.contains("Request submitted") && line.contains("Applicant"));
        assertThat(pages.timeline()).as("each event's time, in Luxembourg time, as Europe writes it in English")
                .allMatch(line -> line.matches("(?s)\\d{1,2} [A-Z][a-z]{2,3} 20\\d\\d, \\d\\d:\\d\\d:\\d\\d · .*"));
        pages.signOut();

        // The queue is oldest first and shared with the other tests' requests: each look is narrowed
        // to this request's locality, so that it is on the first page whatever ran before.
        pages.signInAsStaff(operator).open("/staff/requests/index.xhtml");
        assertThat(pages.text("matching")).matches("[1-9][0-9]* requests match\\.");
        pages.open("/staff/requests/index.xhtml?locality=esch-sur-alzette");
        assertThat(pages.bodyText()).contains("Request no. " + id);
        pages.open("/staff/requests/index.xhtml?locality=esch-sur-alzette&alarmType=FIRE");
        assertThat(pages.bodyText()).doesNotContain("Request no. " + id);
        pages.open("/staff/requests/index.xhtml?locality=esch-sur-alzette&alarmType=ACTIVE");
        assertThat(pages.bodyText()).contains("Request no. " + id);
        pages.open("/staff/requests/index.xhtml?state=POST_CHECK&locality=Esch-sur-Alzette");
        assertThat(pages.bodyText()).contains("Request no. " + id)
                .as("the submission date, in Luxembourg time, as Europe writes it in English")
                .containsPattern("\\d{1,2} [A-Z][a-z]{2,3} 20\\d\\d, \\d\\d:\\d\\d:\\d\\d");
        assertThat(browser.findElements(By.cssSelector("input.ui-column-filter")))
                .as("the queue's columns sort but draw no unlabelled filter fields (filterable=\"false\")").isEmpty();
        pages.open("/staff/requests/index.xhtml?state=IN_REVIEW");
        assertThat(pages.bodyText()).doesNotContain("Request no. " + id);
        pages.review(id);
        HttpResponse<byte[]> document = pages.download("installer-certificate.pdf");
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment;").contains("installer-certificate.pdf"));
        assertThat(document.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(document.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(document.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("sandbox"));
        assertThat(document.body()).as("the bytes the applicant uploaded").isEqualTo(Files.readAllBytes(certificate.toPath()));
        pages.confirmOrder("LINE-7", "POST confirmed by telephone; partner link not yet live");
        assertThat(pages.text("state")).isEqualTo("In review by the police");
        pages.propose("APPROVAL", "Complete file, installer certified.");
        assertThat(pages.messages()).contains("The proposal was recorded. A supervisor other than you will decide.");
        pages.signOut();

        pages.signInAsStaff(supervisor).review(id).approve();
        String clientNumber = pages.text("clientNumber");
        assertThat(clientNumber).matches("AL-\\d{4}-\\d{6}-\\d");
        assertThat(pages.bodyText()).contains("POST Luxembourg confirmed the order").contains(operator)
                .contains("recorded by hand: POST confirmed by telephone");
        pages.signOut();

        pages.signIn(applicant, RequestPages.PASSWORD, null).open("/espace/requests/view.xhtml?id=" + id);
        assertThat(pages.state()).isEqualTo("Approved");
        assertThat(pages.text("clientNumber")).isEqualTo(clientNumber);
        assertThat(pages.text("approved")).contains("Next steps");
        assertThat(pages.text("connectionStatus")).as("no alarm reaches the CIN before POST reports the line active")
                .isEqualTo("Connection: Approved, waiting for POST Luxembourg to route your line");
        assertThat(pages.text("unreadCount")).isEqualTo("2");

        new RemotePostPartner().send("LA-" + id + "-" + System.nanoTime(), "LINE_ACTIVE",
                "<LineActive xmlns=\"urn:lu:alarmis:post:1\"><clientNumber>" + clientNumber
                        + "</clientNumber><lineId>LINE-7</lineId><activeSince>2026-12-01T09:00:00Z</activeSince></LineActive>");
        assertThat(pages.textWithin("connectionStatus", Duration.ofSeconds(15)))
                .as("POST's report reaches the open page by itself, without a reload")
                .isEqualTo("Connection: Active: alarms reach the CIN");
        assertThat(pages.text("connectionHeading")).isEqualTo("Active: your alarms reach the police intervention centre");
        pages.open("/espace/notifications.xhtml");
        assertThat(pages.bodyText()).contains("Connection approved")
                .contains("Request no. " + id + " is approved. Your ALARMIS client number is " + clientNumber + ".");
        pages.markAllNotificationsRead();
        assertThat(pages.has("unreadCount")).isFalse();
        assertThat(pages.bodyText()).contains("Connection approved");
    }

    @Test
    void aFireAlarmBesideAnIntrusionAlarmIsApprovedOnlyAfterASupervisorsExceptionThenASuspensionIsAnnouncedAnsweredAndDecided() throws IOException {
        pages.strongApplicantWithEspace(applicant, "Galerie Reuter");
        long id = pages.fileRequest("Dudelange", pdf("installer-certificate.pdf"), true, false, true);
        pages.signOut();
        pages.signInAsStaff(operator).review(id).confirmOrder("LINE-11", "POST confirmed by e-mail, link down");
        pages.propose("APPROVAL", "Fire detectors share the intrusion transmitter.");
        pages.signOut();

        pages.signInAsStaff(supervisor).review(id).approve();
        assertThat(pages.messages()).contains("This request includes a fire alarm: a supervisor must record a "
                + "fire-alarm exception before it can be approved.");
        assertThat(pages.text("state")).isEqualTo("In review by the police");

        pages.recordFireException("The fire detectors share the intrusion transmitter; CGDIS agreed on 20 November.");
        assertThat(pages.messages()).contains("The fire-alarm exception was recorded.");
        pages.approve();
        String clientNumber = pages.text("clientNumber");
        assertThat(clientNumber).matches("AL-\\d{4}-\\d{6}-\\d");
        assertThat(pages.bodyText()).contains("CGDIS agreed on 20 November").contains(supervisor);

        pages.signOut();

        // Suspending it is first announced to the client, who answers; a supervisor then decides (PANC, art. 9).
        pages.signInAsStaff(operator).review(id).announceSuspension("The yearly transmission test is three months overdue.");
        assertThat(pages.messages()).contains("The intended decision was announced. The client\u2019s eSpaces are told, "
                + "with the reasons and the date to answer by.");
        assertThat(pages.text("connections:0:openDecision")).startsWith("Suspension intended")
                .contains("Announced, waiting for the client\u2019s answer");
        assertThat(pages.text("connections:0:state")).as("nothing decided yet").startsWith("Waiting for POST");
        assertThat(pages.has("connections:0:announce:takeUrgently")).as("an operator states no urgency").isFalse();
        screenshot("client-page-intended-suspension");
        pages.signOut();

        pages.signIn(applicant, RequestPages.PASSWORD, null).open("/espace/notifications.xhtml");
        assertThat(pages.bodyText()).contains("The police intend to suspend your ALARMIS connection")
                .contains("Nothing is decided yet. Reasons: The yearly transmission test is three months overdue.");
        pages.open("/espace/connections/index.xhtml").openFirstConnection();
        assertThat(pages.text("intendedHeading")).isEqualTo("The police intend to suspend this connection");
        assertThat(pages.text("intendedReasons")).isEqualTo("The yearly transmission test is three months overdue.");
        assertThat(pages.text("answerBy")).startsWith("You may answer until");
        pages.upload("answerUpload", pdf("transmission-test-booked.pdf"));
        assertThat(pages.text("answerDocuments")).isEqualTo("transmission-test-booked.pdf");
        screenshot("my-connection-intended-suspension");
        pages.answer("POST booked the test for 12 December; the confirmation is attached.");
        assertThat(pages.messages()).contains("Your answer was sent. A supervisor of the Alarmis section will decide, "
                + "considering it; you will be told.");
        assertThat(pages.text("sentAnswer")).isEqualTo("POST booked the test for 12 December; the confirmation is attached.");
        assertThat(pages.has("answer:answerText")).as("answered once").isFalse();
        pages.signOut();

        pages.signInAsStaff(supervisor).open("/staff/index.xhtml");
        assertThat(pages.bodyText()).contains("intended decisions ready for a decision");
        pages.openIntendedDecision(clientNumber);
        assertThat(pages.text("answer")).isEqualTo("POST booked the test for 12 December; the confirmation is attached.");
        assertThat(pages.text("documents")).contains("transmission-test-booked.pdf");
        screenshot("intended-decision-file");
        pages.decideIntendedDecision("The test was booked only after the reminder; until it is done, the line's "
                + "reliability is not known.", true);
        assertThat(pages.messages()).contains("The measure was taken. The client and POST Luxembourg are told, "
                + "with the reasons and the legal remedies.");
        assertThat(pages.text("state")).isEqualTo("Decided: the measure was taken");
        pages.signOut();

        pages.signIn(applicant, RequestPages.PASSWORD, null).openRequest(id);
        assertThat(pages.text("connectionStatus")).isEqualTo("Connection: Suspended");
        assertThat(pages.text("connectionHeading")).as("said plainly at the top").isEqualTo("Your connection is suspended");
        assertThat(pages.text("connectionReasons")).startsWith("The test was booked only after the reminder");
        assertThat(pages.text("approved")).as("no routing steps for a suspended connection").doesNotContain("Next steps")
                .contains("recours gracieux").contains("Tribunal administratif (recours contentieux) within three months");
        pages.open("/espace/connections/index.xhtml");
        assertThat(pages.bodyText()).as("My connections").contains("Galerie Reuter").contains("Suspended");
        pages.openFirstConnection();
        assertThat(pages.text("standingHeading")).isEqualTo("Your connection is suspended");
        assertThat(pages.text("reasons")).startsWith("The test was booked only after the reminder");
        assertThat(pages.bodyText()).as("the connection's history, as the client reads it")
                .contains("Connected (request approved)").contains("Suspension announced to the client")
                .contains("The client answered the intended decision").contains("Suspended")
                .as("the decision, with the legal remedies").contains("The connection was suspended")
                .contains("recours gracieux");
        screenshot("my-connection-suspended");
        pages.open("/espace/notifications.xhtml");
        assertThat(pages.bodyText()).contains("Reasons: The test was booked only after the reminder")
                .contains("recours contentieux");
    }

    @Test
    void aRefusalTellsTheApplicantTheReason() throws IOException {
        long id = filedAndInReview("Wiltz");
        pages.propose("REFUSAL", "No business risk shown.").signOut();

        pages.signInAsStaff(supervisor).review(id).refuse("A private garage does not justify a police connection.");
        assertThat(pages.text("state")).isEqualTo("Refused");
        pages.signOut();

        pages.signIn(applicant, RequestPages.PASSWORD, null).openRequest(id);
        assertThat(pages.state()).isEqualTo("Refused");
        assertThat(pages.text("refusalReason")).isEqualTo("A private garage does not justify a police connection.");
        assertThat(pages.text("refused")).as("what next, and the legal remedies")
                .contains("You may file a new request").contains("recours gracieux")
                .contains("Tribunal administratif (recours contentieux) within three months");
        assertThat(pages.has("withdraw:confirmWithdraw")).isFalse();
        pages.open("/espace/notifications.xhtml");
        assertThat(pages.bodyText()).contains("Request refused")
                .contains("Reasons: A private garage does not justify a police connection.")
                .contains("recours gracieux").contains("recours contentieux");
    }

    @Test
    void theCinAsksForInformationAndTheAnswerReturnsTheRequestToReview() throws IOException {
        long id = filedAndInReview("Clervaux");
        pages.askForInformation("Please send a plan of the protected site.", LocalDate.now().plusDays(14).toString());
        assertThat(pages.text("state")).isEqualTo("Information requested");
        assertThat(pages.text("informationDue")).as("staff see when the answer is due").isNotBlank()
                .doesNotContain("overdue");
        pages.signOut();

        pages.signIn(applicant, RequestPages.PASSWORD, null).openRequest(id);
        assertThat(pages.text("question")).isEqualTo("Please send a plan of the protected site.");
        pages.upload("answerUpload", png("site-plan.png"));
        assertThat(pages.messages()).contains("\u201csite-plan.png\u201d was added.");
        pages.answer("The plan of the shop is attached.");
        assertThat(pages.state()).isEqualTo("In review by the police");
        assertThat(pages.timeline()).anyMatch(l -> l.contains("The police asked for information")
                && l.contains("Please send a plan of the protected site."));
        assertThat(pages.timeline()).anyMatch(l -> l.contains("Information provided") && l.contains("The plan of the shop"));
        assertThat(pages.bodyText()).contains("site-plan.png");
    }

    @Test
    void anApplicantWithdrawsARequestThatIsNotDecided() throws IOException {
        pages.strongApplicantWithEspace(applicant, "Pharmacie du Nord");
        long id = pages.fileRequest("Ettelbruck", pdf("plan.pdf"));
        pages.withdraw("We moved to another building.");
        assertThat(pages.messages()).contains("The request was withdrawn.");
        assertThat(pages.state()).isEqualTo("Withdrawn");
        assertThat(pages.timeline()).anyMatch(l -> l.contains("Withdrawn") && l.contains("We moved to another building."));
        assertThat(pages.has("withdraw:confirmWithdraw")).isFalse();
        pages.signOut();

        pages.signInAsStaff(operator).review(id);
        assertThat(pages.text("state")).isEqualTo("Withdrawn");
        assertThat(pages.has("post:confirmOrder")).isFalse();
    }

    @Test
    void aFireAlarmAloneIsStoppedWithWhomToContactInstead() {
        pages.strongApplicantWithEspace(applicant, "Boulangerie Hoffmann");
        long id = pages.startRequest();
        pages.site("Rue de la Gare", "3", "9001", "Ettelbruck");
        pages.alarms(false, false, true);
        assertThat(pages.text("alarms:fireOnly")).contains("Fire alarms are not connected to the police")
                .contains("Corps grand-ducal d\u2019incendie et de secours (CGDIS)").contains("www.cgdis.lu");
        assertThat(pages.title()).startsWith("Connection request");
        // Nothing moved on: the wizard still waits on the alarm types, and step 3 cannot be reached.
        pages.open("/espace/requests/edit.xhtml?id=" + id + "&step=3");
        assertThat(pages.text("stepHeading")).isEqualTo("2. Alarm types");
    }

    @Test
    void uploadsThatAreNotWhatTheyClaimOrAreTooBigAreRefusedAndNothingIsKept() throws IOException {
        pages.strongApplicantWithEspace(applicant, "Garage Muller");
        long id = pages.startRequest();
        pages.site("Route d'Arlon", "200", "L-8010", "Strassen").alarms(true, false, false).companies()
                .orderReference("ORD-" + id).contacts();

        byte[] executable = new byte[4096];
        new Random(1).nextBytes(executable);
        executable[0] = 'M';
        executable[1] = 'Z';
        pages.upload("upload", file("invoice.pdf", executable));
        assertThat(pages.messages()).contains("\u201cinvoice.pdf\u201d is not a PDF, JPEG or PNG file, whatever its name "
                + "says. Only these kinds of documents are accepted.");

        pages.upload("upload", file("scan.pdf", Files.readAllBytes(png("x.png").toPath())));
        assertThat(pages.messages()).contains("\u201cscan.pdf\u201d contains a PNG document, which does not match its "
                + "extension \u201c.pdf\u201d. Give it the extension of a PNG file and upload it again.");

        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, big, 0, 9);
        pages.upload("upload", file("big.pdf", big));
        assertThat(pages.messages()).contains("\u201cbig.pdf\u201d is larger than 5 MB, the most a single document may be.");

        assertThat(pages.documentNames()).isEmpty();
        pages.upload("upload", pdf("real.pdf"));
        assertThat(pages.documentNames()).containsExactly("real.pdf");
    }

    @Test
    void theSupervisorWhoProposedCannotDecide() {
        long id = filed("Luxembourg");
        pages.signInAsStaff(supervisor).review(id).confirmOrder("LINE-9", "POST e-mail, link down");
        pages.propose("APPROVAL", "Complete.");
        assertThat(pages.has("decide:approve")).isFalse();
        assertThat(pages.text("ownProposal")).contains("another supervisor decides");
        assertThat(pages.text("state")).isEqualTo("In review by the police");
    }

    @Test
    void anotherOrganisationCannotOpenTheRequestOrItsDocumentsByTheirIds() {
        long id = filed("Diekirch");
        pages.signIn(applicant, RequestPages.PASSWORD, null).openRequest(id);
        String documentLink = browser.findElement(By.linkText("installer-certificate.pdf")).getAttribute("href");
        pages.signOut();

        pages.strongApplicantWithEspace(RequestPages.newEmail("intruder"), "Other Company");
        pages.openRequest(id);
        assertThat(pages.title()).startsWith("Page not found");
        assertThat(pages.bodyText()).doesNotContain("Diekirch").doesNotContain("Organisation of " + applicant);
        pages.open("/espace/requests/edit.xhtml?id=" + id + "&step=1");
        assertThat(pages.title()).startsWith("Page not found");
        browser.get(documentLink);
        assertThat(pages.title()).startsWith("Page not found");
        pages.open("/espace/notifications.xhtml");
        assertThat(pages.bodyText()).doesNotContain("Request no. " + id);
    }

    // ---- helpers ------------------------------------------------------------------------------

    /**
     * A request of a new applicant, filed through the services (the wizard has tests of its own),
     * in review after the operator recorded POST's confirmation on its page.
     */
    private long filedAndInReview(String locality) {
        long id = filed(locality);
        pages.signInAsStaff(operator).review(id).confirmOrder("LINE-" + id, "POST answered by telephone");
        return id;
    }

    /** A complete request (with installer-certificate.pdf) of a new applicant, filed through the services. */
    private long filed(String locality) {
        Fixtures.applicant(applicant, "Applicant " + locality, RequestPages.PASSWORD);
        return Fixtures.filedRequests(applicant, RequestPages.PASSWORD, locality, 1).get(0);
    }

    private File pdf(String name) throws IOException {
        return file(name, RequestServicesIT.pdf());
    }

    private File png(String name) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return file(name, out.toByteArray());
    }

    private File file(String name, byte[] content) throws IOException {
        Path dir = Files.createTempDirectory(files, "upload");
        return Files.write(dir.resolve(name), content).toFile();
    }
}
