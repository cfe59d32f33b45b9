/**
 * The application's security roles, the caller's authentication level and the checks built on them.
 * Depends only on lu.alarmis.common.
 */
package lu.alarmis.security;
