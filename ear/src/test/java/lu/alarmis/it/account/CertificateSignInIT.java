package lu.alarmis.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.account.Totp;
import lu.alarmis.it.support.DemoPki;
import lu.alarmis.it.support.DemoPki.Kind;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.Fixtures;
import lu.alarmis.it.support.TlsClient;

/**
 * Strong sign-in with a certificate over HTTPS (8443 + offset), with certificates issued for each
 * test by config/demo-pki.sh: the demo CA stands in for LuxTrust and the eID CA.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateSignInIT {

    private static final String PASSWORD = "a long test password";
    private static final String SIGNED_IN_STRONGLY = "(strong authentication)";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithFixtures();
    }

    private static String newSerial() {
        return "PNOLU-" + System.nanoTime();
    }

    private static String newApplicant(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "." + System.nanoTime() + "@example.lu";
        Fixtures.applicant(email, name, PASSWORD);
        return email;
    }

    @Test
    void aLinkedCertificateSignsThePersonInStrongly() {
        String email = newApplicant("Carla Cert");
        String serial = newSerial();
        Fixtures.certificate(email, serial);
        Path certificate = DemoPki.clientCertificate("carla-" + serial, "Carla Cert", serial, Kind.VALID);

        HttpResponse<String> page = TlsClient.presenting(certificate).get("/signin/certificate.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/alarmis/espace/index.xhtml");
        assertThat(page.body()).contains("Signed in as Carla Cert").contains(SIGNED_IN_STRONGLY);
    }

    @Test
    void aCertificateOfAnUnknownCaIsRefusedWithAPageEvenWhenItsSerialNumberIsLinked() {
        String email = newApplicant("Victor Victim");
        String serial = newSerial();
        Fixtures.certificate(email, serial);
        Path forged = DemoPki.clientCertificate("forged-" + serial, "Victor Victim", serial, Kind.UNTRUSTED);

        HttpResponse<String> page = TlsClient.presenting(forged).get("/signin/certificate.xhtml");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("This certificate cannot sign you in")
                .contains("was not issued by LuxTrust or for the national eID card")
                .doesNotContain("Signed in as");
    }

    @Test
    void anExpiredLinkedCertificateIsRefusedWithAPage() {
        String email = newApplicant("Olga Old");
        String serial = newSerial();
        Fixtures.certificate(email, serial);
        Path expired = DemoPki.clientCertificate("old-" + serial, "Olga Old", serial, Kind.EXPIRED);

        HttpResponse<String> page = TlsClient.presenting(expired).get("/signin/certificate.xhtml");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("has expired").doesNotContain("Signed in as");
    }

    @Test
    void aValidCertificateNotLinkedToAnyAccountIsRefusedAndThePasswordPageExplainsWhatToDo() {
        String serial = newSerial();
        Path unlinked = DemoPki.clientCertificate("nobody-" + serial, "Nina Nobody", serial, Kind.VALID);
        TlsClient browser = TlsClient.presenting(unlinked);

        HttpResponse<String> refused = browser.get("/signin/certificate.xhtml");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("The certificate your browser presented is not linked to any account.");

        assertThat(browser.get("/login.xhtml").body())
                .contains("presented a valid certificate, but it is not linked to any account yet");
    }

    @Test
    void withoutACertificateThePersonIsToldSoAndOfferedThePasswordSignIn() {
        HttpResponse<String> page = TlsClient.withoutCertificate().get("/signin/certificate.xhtml");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Your browser did not present a certificate on this connection.")
                .contains("Sign in with your password instead");
    }

    @Test
    void aStronglySignedInPersonLinksTheCertificateOfTheConnectionAndThenSignsInWithIt() {
        String email = newApplicant("Lena Link");
        String secret = Totp.newSecret();
        Fixtures.authenticator(email, secret);
        String serial = newSerial();
        Path certificate = DemoPki.clientCertificate("lena-" + serial, "Lena Link", serial, Kind.VALID);
        TlsClient browser = TlsClient.presenting(certificate);

        HttpResponse<String> home = browser.submit("/login.xhtml", "login", Map.of("email", email,
                "password", PASSWORD, "oneTimeCode", Totp.codeAt(secret, Instant.now())), "signIn");
        assertThat(home.body()).contains(SIGNED_IN_STRONGLY);
        HttpResponse<String> linked = browser.submit("/espace/security.xhtml", "certificate", Map.of(), "link");
        assertThat(linked.body()).contains("is linked to your account").contains("SERIALNUMBER=" + serial);

        HttpResponse<String> later = TlsClient.presenting(certificate).get("/signin/certificate.xhtml");
        assertThat(later.body()).contains("Signed in as Lena Link").contains(SIGNED_IN_STRONGLY);
    }

    @Test
    void pagesServedOverHttpsTellTheBrowserToStayOnHttps() {
        HttpResponse<String> page = TlsClient.withoutCertificate().get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).startsWith("max-age=31536000"));
    }

    @Test
    void aPasswordOnlySessionCannotLinkACertificateInAnotherName() {
        String email = newApplicant("Paul Password");
        String serial = newSerial();
        Path thiefs = DemoPki.clientCertificate("thief-" + serial, "Tom Thief", serial, Kind.VALID);
        TlsClient thief = TlsClient.presenting(thiefs);

        thief.submit("/login.xhtml", "login", Map.of("email", email, "password", PASSWORD), "signIn");
        HttpResponse<String> refused = thief.submit("/espace/security.xhtml", "certificate", Map.of(), "link");

        assertThat(refused.body()).contains("The name on this certificate is not the name of your account.")
                .contains("No certificate linked yet.").doesNotContain(SIGNED_IN_STRONGLY);
        assertThat(TlsClient.presenting(thiefs).get("/signin/certificate.xhtml").body())
                .contains("is not linked to any account.");
    }

    @Test
    void aPasswordOnlySessionCannotLinkASecondCertificateEvenInItsOwnName() {
        String email = newApplicant("Sara Second");
        Fixtures.certificate(email, newSerial());
        String serial = newSerial();
        Path second = DemoPki.clientCertificate("second-" + serial, "Sara Second", serial, Kind.VALID);
        TlsClient browser = TlsClient.presenting(second);

        browser.submit("/login.xhtml", "login", Map.of("email", email, "password", PASSWORD), "signIn");
        HttpResponse<String> refused = browser.submit("/espace/security.xhtml", "certificate", Map.of(), "link");

        assertThat(refused.body()).contains("Your account already has a certificate.");
        assertThat(TlsClient.presenting(second).get("/signin/certificate.xhtml").body())
                .contains("is not linked to any account.");
    }

    @Test
    void aCertificateAlreadyLinkedCannotOpenASecondAccount() {
        String email = newApplicant("Rita Registered");
        String serial = newSerial();
        Fixtures.certificate(email, serial);
        Path certificate = DemoPki.clientCertificate("rita-" + serial, "Rita Registered", serial, Kind.VALID);
        TlsClient browser = TlsClient.presenting(certificate);

        assertThat(browser.get("/register.xhtml").body()).as("a linked certificate is not offered")
                .doesNotContain("Your browser presents a LuxTrust / eID certificate");
    }

    @Test
    void anOpenSessionEndsWithinTenSecondsWhenItsAccountIsDisabledInTheDatabase() throws InterruptedException {
        String email = newApplicant("Dora Disabled");
        TlsClient browser = TlsClient.withoutCertificate();
        HttpResponse<String> home = browser.submit("/login.xhtml", "login",
                Map.of("email", email, "password", PASSWORD), "signIn");
        assertThat(home.body()).contains("Signed in as Dora Disabled");

        // Not through the application: no administrator's action tells the sessions, so the
        // session's periodic check of its account (every 10 s) has to find it.
        Fixtures.disableInDatabase(email);

        long disabledAt = System.nanoTime();
        HttpResponse<String> next = browser.get("/espace/index.xhtml");
        while (!next.uri().getPath().equals("/alarmis/login.xhtml") && System.nanoTime() - disabledAt < 15_000_000_000L) {
            Thread.sleep(500);
            next = browser.get("/espace/index.xhtml");
        }
        assertThat(next.uri().getPath()).isEqualTo("/alarmis/login.xhtml");
        assertThat(next.body()).doesNotContain("Signed in as");
        assertThat(System.nanoTime() - disabledAt).isLessThan(11_000_000_000L);
    }
}
