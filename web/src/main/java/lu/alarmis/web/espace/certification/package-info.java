/** The business eSpace's certification pages: asking for it, following it, entering the token. */
package lu.alarmis.web.espace.certification;
