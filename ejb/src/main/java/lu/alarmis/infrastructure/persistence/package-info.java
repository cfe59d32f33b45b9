/**
 * Schema management: Flyway migrates the database before Hibernate validates it.
 * Must not depend on any domain area.
 */
package lu.alarmis.infrastructure.persistence;
