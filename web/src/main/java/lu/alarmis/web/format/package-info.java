/**
 * How values read on the pages and come back from them: instants and dates in Luxembourg in the
 * reader's language ({@link lu.alarmis.web.format.InstantConverter}, {@link lu.alarmis.web.format.LocalDateConverter}),
 * file sizes, and what addresses carry: record numbers (an unusable one is no number, so "Page not
 * found"), wizard steps, filter values (enumerations read without regard to case, unknown ones
 * refused with a message). Faces converters only: no service calls, no state beyond cached formatters.
 */
package lu.alarmis.web.format;
