/** Certification of a business eSpace by an existing client (procedure 1), on the real server. */
package lu.alarmis.it.certification;
