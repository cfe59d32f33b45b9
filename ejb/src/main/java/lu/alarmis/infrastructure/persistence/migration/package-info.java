/**
 * Flyway migrations written in Java, where H2's and PostgreSQL's SQL differ (sequences). Each is
 * written against the schema as the migrations before it leave it, never against the entities.
 */
package lu.alarmis.infrastructure.persistence.migration;
