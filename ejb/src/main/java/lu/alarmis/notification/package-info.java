/**
 * The notification inbox of each business eSpace: what its members must know of their requests.
 * Other areas write into it; it depends on account, audit and security, never on them.
 */
package lu.alarmis.notification;
