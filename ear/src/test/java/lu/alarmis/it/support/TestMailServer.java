package lu.alarmis.it.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The tests' SMTP server, a real one: GreenMail in the JVM that runs the tests, from the start of
 * the test run to its end (a JUnit launcher session listener), so that it is there before the test
 * server sends anything. The test server's mail session points at its SMTP port
 * ({@code ALARMIS_SMTP_PORT}, ear/pom.xml); the tests read the mails over its IMAP port
 * ({@link Mailbox}), also from inside the server. Any login is taken: a mailbox exists as soon as a
 * mail arrives for it. The ports clash with no WildFly port of the tests' or the run command's.
 */
public final class TestMailServer implements LauncherSessionListener {

    private static GreenMail server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    static synchronized void start() {
        if (server != null) {
            return;
        }
        int smtp = Integer.getInteger("alarmis.smtp.port", 3125);
        int imap = Integer.getInteger("alarmis.imap.port", 3243);
        server = new GreenMail(new ServerSetup[] {new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
