/**
 * What every domain area shares: the business exception hierarchy.
 * Depends on nothing else of the application.
 */
package lu.alarmis.common;
