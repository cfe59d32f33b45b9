/**
 * The yearly obligations of every connected client (procedure 3): its alarm system serviced by a
 * specialist company every year (the police may ask for a copy of the certificate), and an alarm
 * transmission test every year (POST reports it, or staff record it). Each connection has one
 * standing ({@link lu.alarmis.compliance.ComplianceState}): compliant, due soon, overdue, in
 * remediation (a failed test: a new one within 30 days) or suspended. A daily run, claimed by one
 * server per day, moves the standings with the days and sends the reminders (60, 30 and 7 days
 * before a due date, and when it has passed), each exactly once. Every date reads the injected
 * {@link java.time.Clock}. Depends on common, security, audit, account, notification, document and
 * client; never on request, certification, partner or the web module.
 */
package lu.alarmis.compliance;
