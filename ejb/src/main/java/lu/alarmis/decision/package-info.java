/**
 * Intended decisions: a measure the police mean to take on their own initiative that withdraws or
 * changes a client's right (suspending or ending a connection; later revoking a certification),
 * announced with its reasons, answered by the client, then decided with reasons and the legal
 * remedies (PANC, art. 9). The areas whose records the measures concern implement
 * {@link lu.alarmis.decision.DecisionSubject}; this area never uses them.
 */
package lu.alarmis.decision;
