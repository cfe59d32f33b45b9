package lu.alarmis.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.it.support.BrowserTest;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.TestServer;

/** Applicants' accounts and business eSpaces, in Chromium. */
@ExtendWith(ArquillianExtension.class)
class AccountsBrowserIT extends BrowserTest {

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
    void aManagerInvitesAColleagueWhoJoinsAndSwitchesBetweenEspaces() {
        String manager = Portal.newEmail("manager");
        String colleague = Portal.newEmail("colleague");
        String shop = "Bijouterie " + System.nanoTime();
        String ownFirm = "Conseil " + System.nanoTime();

        portal.register("Mia Manager", manager);
        assertThat(portal.messages()).contains("Your account is ready. You can now sign in.");
        portal.signIn(manager, Portal.PASSWORD).createEspace(shop, Portal.newTradeRegisterNumber());
        assertThat(portal.actingFor()).isEqualTo("Acting for: " + shop);
        String link = portal.invite(portal.espaceId(shop), colleague);
        assertThat(link).startsWith("https://localhost:" + TestServer.HTTPS_PORT + "/alarmis/espace/invitation.xhtml?token=");
        portal.signOut();

        portal.register("Colin Colleague", colleague).signIn(colleague, Portal.PASSWORD)
                .createEspace(ownFirm, Portal.newTradeRegisterNumber())
                .accept(link);
        assertThat(portal.messages()).contains("You are now a member of " + shop + ".");
        assertThat(portal.actingFor()).isEqualTo("Acting for: " + shop);

        portal.actFor(ownFirm);
        assertThat(portal.actingFor()).isEqualTo("Acting for: " + ownFirm);
        portal.open("/espace/members.xhtml?id=" + portal.espaceId(shop));
        assertThat(portal.memberNames()).containsExactlyInAnyOrder("Mia Manager", "Colin Colleague");
    }

    @Test
    void anInvitationWorksOnlyOnceAndOnlyForTheInvitedAddress() {
        String manager = Portal.newEmail("manager");
        String invited = Portal.newEmail("invited");
        String stranger = Portal.newEmail("stranger");
        String shop = "Optique " + System.nanoTime();
        portal.register("Max Manager", manager).signIn(manager, Portal.PASSWORD)
                .createEspace(shop, Portal.newTradeRegisterNumber());
        String link = portal.invite(portal.espaceId(shop), invited);
        portal.signOut();

        portal.register("Sam Stranger", stranger).signIn(stranger, Portal.PASSWORD);
        portal.openInvitation(link);
        assertThat(portal.messages()).contains(
                "This invitation was sent to another e-mail address. Sign in with the invited address.");
        portal.signOut();

        portal.register("Ida Invited", invited).signIn(invited, Portal.PASSWORD).accept(link);
        portal.openInvitation(link);
        assertThat(portal.messages()).contains(
                "This invitation has been used or has expired. Ask the manager of the eSpace for a new one.");

        portal.chooseLanguage("de").openInvitation(link);
        assertThat(portal.messages()).as("a message raised while the page loads, in the language chosen")
                .contains("Diese Einladung wurde bereits verwendet oder ist abgelaufen. "
                        + "Bitten Sie den Verwalter des eSpace um eine neue Einladung.");
    }

    @Test
    void creatingAnInvitationEndsOnTheMembersPageAndAReloadCreatesNoSecond() {
        String manager = Portal.newEmail("manager");
        String invited = Portal.newEmail("invited");
        String shop = "Fleurs " + System.nanoTime();
        portal.register("Rita Reload", manager).signIn(manager, Portal.PASSWORD)
                .createEspace(shop, Portal.newTradeRegisterNumber());
        long espace = portal.espaceId(shop);

        String link = portal.invite(espace, invited);

        assertThat(portal.currentUrl()).endsWith("/espace/members.xhtml?id=" + espace);
        assertThat(link).contains("/espace/invitation.xhtml?token=");
        assertThat(portal.openInvitationsFor(invited)).isEqualTo(1);
        portal.reload();
        assertThat(portal.openInvitationsFor(invited)).as("a reload is a GET").isEqualTo(1);
        assertThat(portal.bodyText()).as("the link is shown once").doesNotContain(link);
        portal.invite(espace, invited);
        assertThat(portal.messages()).contains("This person already has an open invitation to the eSpace. "
                + "Its link was shown when it was created; it can be used until it expires.");
        assertThat(portal.openInvitationsFor(invited)).isEqualTo(1);
    }

    @Test
    void thePersonsLanguageIsKeptOnTheAccountAndUsedAtTheNextSignIn() {
        String email = Portal.newEmail("francoise");
        portal.registerIn("FR", "Françoise Français", email).signIn(email, Portal.PASSWORD);
        assertThat(portal.pageLanguage()).as("chosen at registration, in an English browser").isEqualTo("fr");

        portal.chooseLanguage("de").signOut().chooseLanguage("en").signIn(email, Portal.PASSWORD);

        assertThat(portal.pageLanguage()).as("changed by the language links, remembered").isEqualTo("de");
    }

    @Test
    void theSessionIdChangesAtSignIn() {
        String email = Portal.newEmail("session");
        portal.register("Sid Session", email).open("/login.xhtml");
        String before = portal.sessionId();

        portal.signIn(email, Portal.PASSWORD);

        assertThat(before).isNotNull();
        assertThat(portal.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(portal.signedInAs()).contains("Sid Session").contains("password only");
    }

    @Test
    void anApplicantIsRefusedTheStaffArea() {
        String email = Portal.newEmail("applicant");
        portal.register("Ann Applicant", email).signIn(email, Portal.PASSWORD);

        portal.open("/staff/index.xhtml");

        assertThat(portal.heading()).isEqualTo("You may not open this page");
    }

    @Test
    void anApplicantCannotOpenAnotherOrganisationsEspaceById() {
        String owner = Portal.newEmail("owner");
        String other = Portal.newEmail("other");
        String shop = "Boulangerie " + System.nanoTime();
        portal.register("Otto Owner", owner).signIn(owner, Portal.PASSWORD)
                .createEspace(shop, Portal.newTradeRegisterNumber());
        long foreignId = portal.espaceId(shop);
        portal.signOut();
        portal.signIn(owner, Portal.PASSWORD);
        assertThat(portal.actingFor()).as("the only eSpace is chosen at sign-in").isEqualTo("Acting for: " + shop);
        portal.signOut();

        portal.register("Olga Other", other).signIn(other, Portal.PASSWORD)
                .open("/espace/members.xhtml?id=" + foreignId);

        assertThat(portal.heading()).isEqualTo("This page does not exist");
        assertThat(portal.bodyText()).doesNotContain(shop).doesNotContain("Otto Owner");
    }

    @Test
    void aNewEspaceNeedsAValidTradeRegisterNumberAndPostcode() {
        String email = Portal.newEmail("typo");
        portal.register("Tim Typo", email).signIn(email, Portal.PASSWORD);

        portal.createEspace("Garage " + System.nanoTime(), "123456");

        assertThat(portal.messages()).contains(
                "A trade-register number is the letter B followed by up to six digits, for example B123456.");
        assertThat(portal.heading()).isEqualTo("Create the business eSpace of your organisation");
    }
}
