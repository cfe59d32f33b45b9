/**
 * Stands in for POST Luxembourg's system in run mode: a separate process that talks to the
 * broker as the partner does, over the remote connection with the partner's credentials.
 */
package lu.alarmis.simulator;
