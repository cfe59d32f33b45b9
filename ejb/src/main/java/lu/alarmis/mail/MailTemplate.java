package lu.alarmis.mail;

/**
 * The mails the application writes; their texts are in {@code lu/alarmis/mail/mails*.properties}
 * ({@code <template>.subject}, {@code .text}, {@code .html}), in each language.
 */
public enum MailTemplate {
    /** The link that confirms a person's e-mail address: {0} the link, {1} the person's name. */
    ADDRESS_VERIFICATION,
    /** A new notice in an eSpace's inbox: {0} the link to the inbox, {1} the eSpace's name. */
    ESPACE_NOTICE,
    /** A new notice about the person's own account (its sign-in methods): {0} the link to the inbox. */
    ACCOUNT_NOTICE
}
