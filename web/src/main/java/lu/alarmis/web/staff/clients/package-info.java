/** The client register's staff pages: the search, and a client's page with its connections. */
package lu.alarmis.web.staff.clients;
