/** The staff's pages of intended decisions: those still to be decided, and the file of one. */
package lu.alarmis.web.staff.decisions;
