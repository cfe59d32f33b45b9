package lu.alarmis.mail;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.Arrays;
import java.util.ResourceBundle;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import lu.alarmis.common.Language;

/**
 * Writes a mail into the outbox, in the transaction of what caused it: the template's texts in
 * the recipient's language, plain and HTML (the arguments escaped there). Sending is the relay's
 * business ({@link MailRelay}); nothing here waits for an SMTP server.
 */
@ApplicationScoped
public class Mails {

    /** Set by config/configure-server.cli from ALARMIS_PUBLIC_URL. */
    static final String PUBLIC_URL = "alarmis.public-url";
    static final String BUNDLE = "lu.alarmis.mail.mails";

    @PersistenceContext(unitName = "alarmis")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The address of a page of the service, as the mails link to it ({@code /espace/notifications.xhtml}). */
    public static String link(String pagePath) {
        String base = System.getProperty(PUBLIC_URL, "https://localhost:8443");
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/alarmis" + pagePath;
    }

    /** @param language the recipient's; French when they chose none (the service's first language) */
    public void send(String recipient, Language language, MailTemplate template, Object... arguments) {
        Language in = language == null ? Language.FR : language;
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, in.locale(), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = template.name();
        String subject = format(texts, key + ".subject", arguments);
        String text = format(texts, key + ".text", arguments);
        Object[] escaped = Arrays.stream(arguments).map(a -> escape(String.valueOf(a))).toArray();
        String html = "<!DOCTYPE html><html lang=\"" + in.tag() + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + escape(subject) + "</title></head><body style=\"font-family: sans-serif; line-height: 1.5\">"
                + format(texts, key + ".html", escaped) + "<p style=\"color:#555\">" + escape(texts.getString("footer"))
                + "</p></body></html>";
        em.persist(new OutgoingMail(messageId(), recipient, in.tag(), template, subject,
                text + "\n\n-- \n" + texts.getString("footer"), html, clock.instant()));
    }

    private static String format(ResourceBundle texts, String key, Object[] arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }

    /** A Message-ID of our own domain, kept through every attempt. */
    private static String messageId() {
        String host = java.net.URI.create(link("/")).getHost();
        return "<" + UUID.randomUUID() + "@" + (host == null ? "alarmis.local" : host) + ">";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
