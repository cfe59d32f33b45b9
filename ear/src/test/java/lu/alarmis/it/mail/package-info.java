/** The mails of the service as their recipients receive them, in the tests' real SMTP server. */
package lu.alarmis.it.mail;
