/**
 * ALARMIS Connect core: the domain, its services, persistence and partner messaging.
 * Grouped by domain area first; nothing here depends on the web module.
 */
package lu.alarmis;
