/**
 * Initial connection requests (procedure 2 of the domain): their states and the rules of moving
 * between them. Depends on common, security, audit and account; never on the web module.
 */
package lu.alarmis.request;
