/**
 * People and organisations: accounts (applicants and PGD staff), sign-in rules (lockout, one-time
 * codes), business eSpaces, their members and invitations. Depends on common, security and audit.
 */
package lu.alarmis.account;
