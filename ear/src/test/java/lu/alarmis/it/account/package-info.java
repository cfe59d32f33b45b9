/**
 * Accounts, business eSpaces and sign-in, as applicants see them (Chromium and HTTPS clients).
 */
package lu.alarmis.it.account;
