/** How values read on the pages: instants in Luxembourg time, in the reader's language. */
package lu.alarmis.web.format;
