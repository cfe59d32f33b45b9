/**
 * How values read on the pages and come back from them: instants as dates and times in Luxembourg
 * in the reader's language ({@link lu.alarmis.web.format.InstantConverter}), and converters by id for
 * the filters' enumerations ({@link lu.alarmis.web.format.EnumConverters}). Faces converters only:
 * no service calls, no state beyond cached formatters.
 */
package lu.alarmis.web.format;
