/**
 * Documents through the web: uploads handed to the services that inspect and store them, and the
 * download door for request and answer documents; the services decide who may have which.
 */
package lu.alarmis.web.documents;
