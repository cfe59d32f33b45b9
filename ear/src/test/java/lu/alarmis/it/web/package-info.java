/**
 * Public pages and error pages, as a visitor sees them.
 */
package lu.alarmis.it.web;
