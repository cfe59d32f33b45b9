/** Backing beans of the PGD staff pages under /staff/. */
package lu.alarmis.web.staff;
