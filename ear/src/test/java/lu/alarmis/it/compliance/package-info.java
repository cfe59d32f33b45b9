/** The yearly obligations on the real server, database and broker, with the clock set by the tests. */
package lu.alarmis.it.compliance;
