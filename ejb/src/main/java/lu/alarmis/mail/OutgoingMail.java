package lu.alarmis.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A mail in the outbox, written as it will be sent: recipient, subject, plain text and HTML, and
 * the Message-ID it keeps through every attempt (a crash between the SMTP server's acceptance and
 * the mark "sent" repeats it at worst once, with the same id).
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    public static final int ERROR_MAX = 500;

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @Column(name = "message_id", nullable = false, updatable = false, length = 200)
    private String messageId;

    @Column(name = "recipient", nullable = false, updatable = false, length = 254)
    private String recipient;

    /** The recipient's language, the mail's ({@code fr}, {@code de}, {@code en}). */
    @Column(name = "language", nullable = false, updatable = false, length = 2)
    private String language;

    @Column(name = "template", nullable = false, updatable = false, length = 30)
    private String template;

    @Column(name = "subject", nullable = false, updatable = false, length = 300)
    private String subject;

    @Column(name = "text_body", nullable = false, updatable = false, length = 8000)
    private String textBody;

    @Column(name = "html_body", nullable = false, updatable = false, length = 16000)
    private String htmlBody;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    protected OutgoingMail() {
        // for JPA
    }

    OutgoingMail(String messageId, String recipient, String language, MailTemplate template, String subject,
                 String textBody, String htmlBody, Instant now) {
        this.messageId = messageId;
        this.recipient = recipient;
        this.language = language;
        this.template = template.name();
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant now) {
        this.attempts++;
        this.sentAt = now;
        this.lastError = null;
    }

    /** Tried again after 1, 2, 4 … minutes, at most an hour apart. */
    void failed(String error, Instant now) {
        this.attempts++;
        this.lastError = error == null ? null : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        long minutes = Math.min(60, 1L << Math.min(attempts - 1, 6));
        this.nextAttemptAt = now.plusSeconds(minutes * 60);
    }

    public Long getId() {
        return id;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getLanguage() {
        return language;
    }

    public String getTemplate() {
        return template;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
