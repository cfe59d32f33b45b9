/** Backing beans of the applicant's pages under /espace/: eSpaces, members, invitations, sign-in security. */
package lu.alarmis.web.espace;
