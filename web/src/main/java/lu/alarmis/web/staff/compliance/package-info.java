/**
 * The section's pages of the yearly obligations: the compliance dashboard (figures, chart, the
 * list behind each figure, the CSV export) and one connection's file (tests, certificates, copy
 * requests).
 */
package lu.alarmis.web.staff.compliance;
