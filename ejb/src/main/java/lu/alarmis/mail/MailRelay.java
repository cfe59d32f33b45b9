package lu.alarmis.mail;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import lu.alarmis.security.Roles;

/**
 * Hands the outbox's mails to the SMTP server every ten seconds, oldest first. A mail is marked
 * sent right after the server accepted it; one the server refused, or that could not reach it,
 * is tried again later with a growing delay ({@link OutgoingMail#failed}); nothing that caused a
 * mail ever waits for it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RunAs(Roles.MAIL_OUTBOX)
@PermitAll // takes no input: it only sends what committed transactions put in the outbox
public class MailRelay {

    private static final Logger LOG = Logger.getLogger(MailRelay.class.getName());
    static final int BATCH = 50;

    @Resource(lookup = "java:jboss/mail/Alarmis")
    private Session session;

    @EJB
    private MailOutboxStore outbox;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void scheduled() {
        try {
            relay();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The mail outbox could not be read; the next round tries again", e);
        }
    }

    /** Sends what is due now; one round at a time. @return how many were sent */
    public synchronized int relay() {
        int sent = 0;
        int failed = 0;
        List<OutgoingMail> due;
        do {
            due = outbox.due(BATCH);
            for (OutgoingMail mail : due) {
                try {
                    Transport.send(message(mail));
                } catch (MessagingException | RuntimeException refused) {
                    outbox.markFailed(mail.getId(), refused.getClass().getSimpleName() + ": " + refused.getMessage());
                    failed++;
                    continue;
                }
                outbox.markSent(mail.getId());
                sent++;
            }
        } while (due.size() == BATCH && failed == 0);
        if (failed > 0) {
            int failures = failed;
            LOG.warning(() -> failures + " mails could not be sent now; they are tried again later (mail_outbox.last_error)");
        }
        return sent;
    }

    private MimeMessage message(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", mail.getMessageId());
            }
        };
        message.setFrom(); // the session's address (ALARMIS_MAIL_FROM)
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient()));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setHeader("Content-Language", mail.getLanguage());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getTextBody(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.getHtmlBody(), "UTF-8", "html");
        Multipart alternatives = new MimeMultipart("alternative", text, html);
        message.setContent(alternatives);
        message.setSentDate(new java.util.Date(mail.getCreatedAt().toEpochMilli()));
        return message;
    }
}
