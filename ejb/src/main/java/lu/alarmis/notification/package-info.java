/**
 * The notification inboxes: each business eSpace's (what its members must know of their requests)
 * and each person's (notices about their own account, written by SignInMethodNotices).
 * Other areas write into it; it depends on account, audit and security, never on them.
 */
package lu.alarmis.notification;
