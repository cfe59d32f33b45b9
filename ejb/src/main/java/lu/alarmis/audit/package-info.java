/**
 * The audit trail: who did what, when and from where. Every area writes to it through
 * {@link lu.alarmis.audit.AuditLog}; it depends on no domain area.
 */
package lu.alarmis.audit;
