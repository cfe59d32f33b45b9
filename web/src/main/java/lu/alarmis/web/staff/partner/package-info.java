/** Staff pages of the POST link: the traffic in both directions and the dead-letter queue. */
package lu.alarmis.web.staff.partner;
