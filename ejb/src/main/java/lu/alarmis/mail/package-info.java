/**
 * E-mail: what the application sends (in the recipient's language, plain text and HTML, with a
 * link to the service built from its public address, never a document's content nor personal
 * data beyond an eSpace's name) goes into an outbox in the transaction that caused it, and a relay
 * hands it to the SMTP server of the Jakarta Mail session {@code java:jboss/mail/Alarmis}
 * (config/configure-server.cli) after the commit, retrying later what could not be sent. Each mail
 * carries a stable Message-ID and is marked sent right after the SMTP server accepted it. Knows no
 * domain area: the areas say whom to write, in which language, with which template.
 */
package lu.alarmis.mail;
