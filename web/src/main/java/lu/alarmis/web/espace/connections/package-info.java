/** The business eSpace's "My connections": the register's connections of the clients the eSpace acts for. */
package lu.alarmis.web.espace.connections;
