/**
 * The server as operators and probes see it: configuration, health, security headers.
 */
package lu.alarmis.it.platform;
