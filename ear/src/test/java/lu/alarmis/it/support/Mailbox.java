package lu.alarmis.it.support;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * The mails one address received, as its owner's mail program would read them: over IMAP from the
 * tests' GreenMail ({@link TestMailServer}), from the test JVM or from inside the test server.
 */
public final class Mailbox {

    private final String address;

    public Mailbox(String address) {
        this.address = address;
    }

    /** A mail as received: its headers and both its bodies. */
    public record Received(String subject, String messageId, String contentLanguage, String text, String html) {
    }

    /** The mails received so far, oldest first. */
    public List<Received> mails() {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", System.getProperty("alarmis.imap.port", "3243"));
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore("imap")) {
            store.connect(address, "any password: the tests' server checks none");
            Folder inbox = store.getFolder("INBOX");
            if (!inbox.exists()) {
                return List.of();
            }
            inbox.open(Folder.READ_ONLY);
            try {
                List<Received> received = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    received.add(read(message));
                }
                return received;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("the mailbox of " + address + " could not be read", e);
        }
    }

    /** The mails, once at least {@code count} arrived (the relay sends every ten seconds), or as they are after the timeout. */
    public List<Received> awaitAtLeast(int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<Received> mails = mails();
        while (mails.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            mails = mails();
        }
        return mails;
    }

    private static Received read(Message message) throws MessagingException, IOException {
        String text = null;
        String html = null;
        Object content = message.getContent();
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    text = String.valueOf(part.getContent());
                } else if (part.isMimeType("text/html")) {
                    html = String.valueOf(part.getContent());
                }
            }
        } else {
            text = String.valueOf(content);
        }
        String[] ids = message.getHeader("Message-ID");
        String[] languages = message.getHeader("Content-Language");
        return new Received(message.getSubject(), ids == null ? null : ids[0], languages == null ? null : languages[0],
                text, html);
    }
}
