/** Backing beans of the administrators' pages under /staff/admin/. */
package lu.alarmis.web.staff.admin;
