package lu.alarmis.it.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import lu.alarmis.it.support.BrowserTest;
import lu.alarmis.it.support.DemoPki;
import lu.alarmis.it.support.DemoPki.Kind;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.TlsClient;

/**
 * The whole path of a brand-new person, none of whose data the tests prepared: register, get a
 * first strong factor from their own LuxTrust / eID certificate, create an eSpace, submit a
 * connection request. The certificate steps go through a TLS client that presents the
 * certificate (headless Chromium cannot choose one without a system-wide policy); the same
 * session then goes on in Chromium.
 */
@ExtendWith(ArquillianExtension.class)
class NewApplicantBrowserIT extends BrowserTest {

    private static final String STRONG = "(strong authentication)";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithFixtures();
    }

    @TempDir
    Path files;

    @Test
    void aPersonWhoRegistersFromTheirCertificateIsSignedInStronglyAndSubmitsARequest() throws IOException {
        String serial = "PNOLU-" + System.nanoTime();
        String email = RequestPages.newEmail("nina.neumann");
        TlsClient nina = TlsClient.presenting(DemoPki.clientCertificate("nina-" + serial, "Nina Neumann", serial,
                Kind.VALID));

        String form = nina.get("/register.xhtml").body();
        assertThat(form).as("the certificate is offered and fills in the name")
                .contains("Your browser presents a LuxTrust / eID certificate")
                .contains("value=\"Nina Neumann\"");
        HttpResponse<String> registered = nina.submit("/register.xhtml", "register", Map.of(
                "displayName", "Nina Neumann", "email", email, "password", RequestPages.PASSWORD,
                "passwordRepeated", RequestPages.PASSWORD, "language", "EN", "withCertificate", "true"), "submit");

        assertThat(registered.uri().getPath()).isEqualTo("/alarmis/espace/index.xhtml");
        assertThat(registered.body()).contains("Signed in as Nina Neumann").contains(STRONG);

        RequestPages pages = new RequestPages(browser).continueSession(nina.sessionId());
        pages.open("/espace/notifications.xhtml");
        assertThat(pages.bodyText()).as("the certificate linked at registration is notified too")
                .contains("A certificate was linked to your account").contains("SERIALNUMBER=" + serial);
        assertSubmits(pages.createEspace("Neumann Optique"));
    }

    @Test
    void aPasswordAccountLinksItsFirstCertificateInItsOwnNameThenSubmitsARequest() throws IOException {
        String serial = "PNOLU-" + System.nanoTime();
        String email = RequestPages.newEmail("paul.passwort");
        RequestPages pages = new RequestPages(browser);
        pages.register("Paul Passwort", email, RequestPages.PASSWORD);
        TlsClient paul = TlsClient.presenting(DemoPki.clientCertificate("paul-" + serial, "PASSWORT, Paul", serial,
                Kind.VALID));
        HttpResponse<String> signedIn = paul.submit("/login.xhtml", "login",
                Map.of("email", email, "password", RequestPages.PASSWORD), "signIn");
        assertThat(signedIn.body()).contains("Signed in as Paul Passwort").doesNotContain(STRONG);
        assertThat(paul.get("/espace/security.xhtml").body())
                .contains("You can link your first certificate if it is in the name of your account");

        HttpResponse<String> linked = paul.submit("/espace/security.xhtml", "certificate", Map.of(), "link");

        assertThat(linked.uri().getPath()).isEqualTo("/alarmis/espace/index.xhtml");
        assertThat(linked.body()).contains(STRONG);
        assertThat(paul.get("/espace/security.xhtml").body()).contains("SERIALNUMBER=" + serial)
                .contains("You are signed in with strong authentication.");

        pages.continueSession(paul.sessionId()).open("/espace/notifications.xhtml");
        assertThat(pages.text("unreadCount")).as("the linking is notified to the account's holder").isEqualTo("1");
        assertThat(pages.bodyText()).contains("A certificate was linked to your account")
                .contains("SERIALNUMBER=" + serial)
                .contains("If you did not do this, someone else knows your password");
        pages.markAllNotificationsRead();
        assertThat(pages.has("unreadCount")).isFalse();
        assertSubmits(pages.createEspace("Passwort Boulangerie"));
    }

    private void assertSubmits(RequestPages pages) throws IOException {
        File pdf = Files.write(files.resolve("reasons.pdf"), RequestServicesIT.pdf()).toFile();
        pages.fileRequest("Ettelbruck", pdf);
        assertThat(pages.messages()).contains("Your request was submitted. The police will first ask POST Luxembourg "
                + "to confirm your order.");
        assertThat(pages.state()).isEqualTo("Waiting for POST Luxembourg");
    }
}
