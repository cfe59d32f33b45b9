/**
 * Certification of a business eSpace by a client already in the register (procedure 1): the
 * request, its review (an operator prepares, another person, a supervisor, decides), the token sent
 * by post to the register's postal address, the letters and their print batches, and the link of
 * the eSpace to the client once the token is entered. Depends on common, security, audit, account,
 * notification, document, decision and client; never on request, partner or the web module.
 */
package lu.alarmis.certification;
