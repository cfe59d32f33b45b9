/**
 * The staff area as PGD staff see it.
 */
package lu.alarmis.it.staff;
