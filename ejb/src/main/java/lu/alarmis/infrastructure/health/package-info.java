/**
 * Readiness checks reported by WildFly's management {@code /health} endpoint. Packaged apart, as
 * the EAR library {@code lib/alarmis-ejb-probes.jar}: WildFly's MicroProfile Health only sees
 * health checks in EAR-level bean archives, not in the EJB or web modules (WFLY-12835).
 * Must not depend on any domain area.
 */
package lu.alarmis.infrastructure.health;
