/**
 * The application's security roles, as named in the Elytron domain and in {@code @RolesAllowed}.
 * Depends on nothing else of the application.
 */
package lu.alarmis.security;
