/**
 * The web door: backing beans of the JSF pages, mirroring the page tree under {@code webapp/}.
 * Beans delegate to the services of the core; they hold no EntityManager and no business rules.
 */
package lu.alarmis.web;
