/**
 * People and organisations: accounts (applicants and PGD staff), sign-in rules (lockout, one-time
 * codes), business eSpaces, their members and invitations. Depends on common, security and audit;
 * what others must learn of it (a sign-in method added) it fires as events.
 */
package lu.alarmis.account;
