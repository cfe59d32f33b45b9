/**
 * Initial connection requests (procedure 2 of the domain): the request and its rules, its
 * documents, timeline and history, and the applicant's and the CIN's services. An approval puts the
 * connection into the client register. Depends on common,
 * security, audit, account, document, notification and client; never on the web module.
 */
package lu.alarmis.request;
