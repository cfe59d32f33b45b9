package lu.alarmis.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.account.Totp;
import lu.alarmis.it.support.Browser;
import lu.alarmis.it.support.BrowserTest;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.Fixtures;

/** Lockout, strong authentication with a one-time code, and what a password session may not do. */
@ExtendWith(ArquillianExtension.class)
class SignInSecurityBrowserIT extends BrowserTest {

    private static final String FAILED =
            "The e-mail address, the password or the one-time code is not correct, or the account is temporarily "
                    + "locked after too many attempts. Please try again in a few minutes.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithFixtures();
    }

    private Portal portal;

    @BeforeEach
    void openPortal() {
        portal = new Portal(browser);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheMessageNeverRevealsWhetherItExists() {
        String email = Portal.newEmail("victim");
        portal.register("Vic Victim", email);

        for (int attempt = 1; attempt <= 5; attempt++) {
            portal.signIn(email, "wrong password number " + attempt);
            assertThat(portal.messages()).containsExactly(FAILED);
        }
        portal.signIn(email, Portal.PASSWORD);
        assertThat(portal.messages()).as("right password while locked").containsExactly(FAILED);
        assertThat(portal.currentPath()).isEqualTo("/alarmis/login.xhtml");

        portal.signIn(Portal.newEmail("nobody"), Portal.PASSWORD);
        assertThat(portal.messages()).as("unknown address").containsExactly(FAILED);
    }

    @Test
    void aPasswordSessionCannotEnrolAnAuthenticatorAndIsToldHowToSignInStrongly() {
        String email = Portal.newEmail("weak");
        portal.register("Wes Weak", email).signIn(email, Portal.PASSWORD).open("/espace/security.xhtml");
        assertThat(portal.bodyText()).contains("You are signed in with your password only.");

        Browser.clickAndWaitForNextPage(browser, browser.findElement(org.openqa.selenium.By.id("authenticator:enrol")));

        assertThat(portal.messages()).anyMatch(m -> m.startsWith("This needs strong authentication."));
        assertThat(browser.findElements(org.openqa.selenium.By.id("secret"))).isEmpty();
    }

    @Test
    void aPasswordWithAValidOneTimeCodeIsStrongAndAWrongCodeIsRefused() throws Exception {
        String email = Portal.newEmail("strong");
        String secret = Totp.newSecret();
        portal.register("Stella Strong", email);
        Fixtures.authenticator(email, secret);

        portal.signIn(email, Portal.PASSWORD, "000000".equals(Totp.codeAt(secret, Instant.now())) ? "111111" : "000000");
        assertThat(portal.messages()).containsExactly(FAILED);

        portal.signIn(email, Portal.PASSWORD, Totp.codeAt(secret, Instant.now()));
        assertThat(portal.signedInAs()).contains("strong authentication");
        portal.open("/espace/security.xhtml");
        Browser.clickAndWaitForNextPage(browser, browser.findElement(org.openqa.selenium.By.id("authenticator:enrol")));
        assertThat(browser.findElement(org.openqa.selenium.By.id("secret")).getText()).matches("[A-Z2-7]{32}");
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("#qrCode svg title")))
                .singleElement()
                .satisfies(title -> assertThat(title.getAttribute("textContent"))
                        .isEqualTo("QR code for your authenticator app"));

        portal.open("/espace/notifications.xhtml");
        assertThat(browser.findElement(org.openqa.selenium.By.tagName("main")).getText())
                .as("the holder is told, with what to do if it was not them")
                .contains("An authenticator was enrolled for your account")
                .contains("If you did not do this, someone else can sign in as you");
    }

    @Test
    void aOneTimeCodeSignsInOnlyOnce() {
        String email = Portal.newEmail("replay");
        String secret = Totp.newSecret();
        portal.register("Rita Replay", email);
        Fixtures.authenticator(email, secret);
        String code = Totp.codeAt(secret, Instant.now());

        portal.signIn(email, Portal.PASSWORD, code);
        assertThat(portal.signedInAs()).contains("strong authentication");
        portal.signOut();

        portal.signIn(email, Portal.PASSWORD, code);
        assertThat(portal.messages()).containsExactly(FAILED);
    }
}
