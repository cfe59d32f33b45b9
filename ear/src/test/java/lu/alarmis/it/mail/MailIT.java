package lu.alarmis.it.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.inject.Inject;

import lu.alarmis.account.AccountRepository;
import lu.alarmis.account.AddressVerification;
import lu.alarmis.account.EmailAddressService;
import lu.alarmis.account.RegistrationService;
import lu.alarmis.common.Language;
import lu.alarmis.compliance.ComplianceDesk;
import lu.alarmis.compliance.ComplianceTimer;
import lu.alarmis.it.support.AsApplicantOne;
import lu.alarmis.it.support.AsOperator;
import lu.alarmis.it.support.DatabaseDependent;
import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.Mailbox;
import lu.alarmis.it.support.RequestFixtures;
import lu.alarmis.it.support.TestClock;

/**
 * The mails, received in the tests' real SMTP server (GreenMail) and read over IMAP as a mail
 * program would: a new address gets the link that confirms it, and nothing else until it is
 * confirmed; each notice of an eSpace (here the yearly obligations' reminders) reaches its
 * confirmed members once, in their language, with a link to the inbox and nothing of the notice.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(DatabaseDependent.TAG)
class MailIT {

    private static final Duration RELAY = Duration.ofSeconds(40);
    private static final Pattern LINK = Pattern.compile("https?://\\S+/alarmis/verify-email\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithClock(MailIT.class);
    }

    @EJB(lookup = Deployments.EJB_GLOBAL + "RegistrationService")
    private RegistrationService registration;

    @EJB(lookup = Deployments.EJB_GLOBAL + "EmailAddressService")
    private EmailAddressService addresses;

    @EJB(lookup = Deployments.EJB_GLOBAL + "ComplianceTimer")
    private ComplianceTimer dailyRun;

    @EJB(lookup = Deployments.EJB_GLOBAL + "ComplianceDesk")
    private ComplianceDesk desk;

    @Inject
    private AccountRepository accounts;

    @Inject
    private RequestFixtures fixtures;

    @Inject
    private AsOperator operator;

    @Inject
    private TestClock clock;

    @jakarta.persistence.PersistenceContext(unitName = "alarmis")
    private jakarta.persistence.EntityManager em;

    @jakarta.annotation.Resource
    private jakarta.transaction.UserTransaction tx;

    @BeforeEach
    void people() throws Exception {
        clock.reset();
        fixtures.people();
        // the days other tests ran from today on are forgotten: this test's days run whatever ran before
        tx.begin();
        em.createNativeQuery("delete from daily_run where job = 'compliance' and run_on >= current_date").executeUpdate();
        em.createNativeQuery("update daily_job set last_run_on = null where job = 'compliance'").executeUpdate();
        tx.commit();
    }

    @AfterEach
    void realDay() {
        clock.reset();
    }

    @Test
    void aNewAddressGetsTheLinkThatConfirmsItInItsLanguageAndTheLinkWorksOnce() throws Exception {
        String email = "mail." + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        registration.register(email, "Lea Muller", RequestFixtures.PASSWORD, Language.DE);

        List<Mailbox.Received> mails = new Mailbox(email).awaitAtLeast(1, RELAY);
        assertThat(mails).as("the confirmation link, alone").singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("ALARMIS Connect: Bestätigen Sie Ihre E-Mail-Adresse");
            assertThat(mail.contentLanguage()).isEqualTo("de");
            assertThat(mail.messageId()).matches("<[0-9a-f-]{36}@[^>]+>");
            assertThat(mail.text()).startsWith("Guten Tag Lea Muller,").contains("24 Stunden");
            assertThat(mail.html()).contains("<a href=\"" + System.getProperty("alarmis.public-url")
                    + "/alarmis/verify-email.xhtml?token=");
        });
        Matcher link = LINK.matcher(mails.get(0).text());
        assertThat(link.find()).isTrue();
        assertThat(link.group()).startsWith(System.getProperty("alarmis.public-url") + "/alarmis/verify-email.xhtml");

        assertThat(addresses.verify("not-the-token")).isEqualTo(AddressVerification.Outcome.UNKNOWN);
        assertThat(fixtures.read(() -> accounts.findByEmail(email).orElseThrow().isEmailVerified())).isFalse();
        assertThat(addresses.verify(link.group(1))).isEqualTo(AddressVerification.Outcome.VERIFIED);
        assertThat(addresses.verify(link.group(1))).as("a second click").isEqualTo(AddressVerification.Outcome.ALREADY_VERIFIED);
        assertThat(fixtures.read(() -> accounts.findByEmail(email).orElseThrow().isEmailVerified())).isTrue();
    }

    @Test
    void eachReminderOfAnEspaceReachesItsConfirmedMemberOnceInItsLanguageWithALinkAndNothingOfTheNotice() throws Exception {
        confirm(AsApplicantOne.EMAIL);
        Mailbox mailbox = new Mailbox(AsApplicantOne.EMAIL);
        long connectionId = fixtures.approved("Steinfort").getConnection().getId();
        String clientNumber = operator.call(() -> desk.file(connectionId)).connection().getClientNumber();
        LocalDate due = operator.call(() -> desk.file(connectionId)).compliance().getServicingDueOn();
        awaitOutboxSent(AsApplicantOne.EMAIL);
        int before = mailbox.mails().size();
        long notices = notices();

        clock.moveTo(due.minusDays(60));
        dailyRun.wake();
        dailyRun.wake();
        long newNotices = notices() - notices;
        assertThat(newNotices).as("the servicing's and the test's 60-day reminders, at least").isGreaterThanOrEqualTo(2);

        awaitOutboxSent(AsApplicantOne.EMAIL);
        List<Mailbox.Received> mails = mailbox.awaitAtLeast(before + (int) newNotices, RELAY);
        assertThat(mails).as("one mail per notice").hasSize(before + (int) newNotices);
        assertThat(mails).extracting(Mailbox.Received::messageId).as("none twice").doesNotHaveDuplicates();
        String espace = "Organisation of " + AsApplicantOne.EMAIL;
        assertThat(mails.subList(before, mails.size())).allSatisfy(mail -> {
            assertThat(mail.subject()).isEqualTo("ALARMIS Connect: a new notice for " + espace);
            assertThat(mail.contentLanguage()).isEqualTo("en");
            assertThat(mail.text()).contains(System.getProperty("alarmis.public-url") + "/alarmis/espace/notifications.xhtml")
                    .as("nothing of the notice itself").doesNotContain(clientNumber).doesNotContain(due.toString());
            assertThat(mail.html()).contains("<strong>" + espace + "</strong>");
        });
    }

    /** The notices of applicant one's eSpace so far. */
    private long notices() throws Exception {
        long espace = fixtures.espaceOf(AsApplicantOne.EMAIL);
        return fixtures.read(() -> em.createQuery("select count(n) from Notification n where n.espace.id = :espace",
                Long.class).setParameter("espace", espace).getSingleResult());
    }

    /** Until the relay has handed every mail to that address to the SMTP server. */
    private void awaitOutboxSent(String recipient) throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plus(RELAY);
        while (fixtures.read(() -> em.createQuery("select count(m) from OutgoingMail m where m.recipient = :to"
                + " and m.sentAt is null", Long.class).setParameter("to", recipient).getSingleResult()) > 0) {
            assertThat(java.time.Instant.now()).as("the outbox sent to " + recipient).isBefore(deadline);
            Thread.sleep(500);
        }
    }

    /** The person's address confirmed with the link of the mail registration sent to it. */
    private void confirm(String email) throws Exception {
        if (fixtures.read(() -> accounts.findByEmail(email).orElseThrow().isEmailVerified())) {
            return;
        }
        Matcher link = new Mailbox(email).awaitAtLeast(1, RELAY).stream()
                .map(mail -> LINK.matcher(mail.text())).filter(Matcher::find).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no confirmation link for " + email));
        assertThat(addresses.verify(link.group(1))).isEqualTo(AddressVerification.Outcome.VERIFIED);
    }
}
