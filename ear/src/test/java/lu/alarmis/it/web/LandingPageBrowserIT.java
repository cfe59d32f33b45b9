package lu.alarmis.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

import lu.alarmis.it.support.BrowserTest;
import lu.alarmis.it.support.Deployments;

/** A visitor opens the service's home page in Chromium. */
@ExtendWith(ArquillianExtension.class)
class LandingPageBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }


    @Test
    void aVisitorLearnsWhatTheServiceIsAndHowToProceed() {
        LandingPage page = LandingPage.open(browser);

        assertThat(page.language()).isEqualTo("en");
        assertThat(page.title()).isEqualTo("Connect your alarm to the police · ALARMIS Connect");
        assertThat(page.heading()).isEqualTo("Connect your alarm system to the police");
        assertThat(page.procedureHeadings()).containsExactly(
                "New client: ask for a connection",
                "Already an ALARMIS client: certify your eSpace");
    }

    @Test
    void aKeyboardUserCanSkipToTheContentAndOpenTheDetails() {
        LandingPage page = LandingPage.open(browser);

        WebElement first = page.firstTabStop();
        assertThat(first.getText()).isEqualTo("Skip to main content");
        assertThat(first.getAttribute("href")).endsWith("#main");

        assertThat(page.openDetailWithKeyboard("Fire alarms")).contains("CGDIS");
    }

    @Test
    void aVisitorCanReadTheServiceInFrench() {
        LandingPage page = LandingPage.open(browser).switchLanguage("Français");

        assertThat(page.language()).isEqualTo("fr");
        assertThat(page.heading()).isEqualTo("Raccorder votre système d'alarme à la police");
    }
}
