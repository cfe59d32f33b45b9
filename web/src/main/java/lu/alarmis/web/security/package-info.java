/**
 * Sign-in, sign-out and registration pages, the signed-in person's session, and the filters that
 * put security headers on every response and tell the services how the caller authenticated.
 */
package lu.alarmis.web.security;
