/**
 * The legacy register's file: one line per connection, as the Alarmis section kept it before this
 * service (format in the README). Reading and checking a line lives here; the import job that
 * writes the lines into the register builds on it.
 */
package lu.alarmis.client.legacy;
