/**
 * The POST Luxembourg link over the real broker (in-container).
 */
package lu.alarmis.it.partner;
