/** The staff's certification pages: the queue, a request beside its register entry, the print queue of letters. */
package lu.alarmis.web.staff.certification;
