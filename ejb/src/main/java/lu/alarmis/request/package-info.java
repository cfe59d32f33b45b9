/**
 * Initial connection requests (procedure 2 of the domain): the request and its rules, its
 * documents, timeline and history, and the applicant's and the CIN's services. An approval puts the
 * connection into the client register; the answers to information requests are reminded on the
 * yearly obligations' daily run. Depends on common, security, audit, account, document,
 * notification, client and compliance (its daily run and reminder ledger); never on the web module.
 */
package lu.alarmis.request;
