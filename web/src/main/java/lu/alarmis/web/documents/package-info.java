/** The download door for request documents; the service decides who may have which. */
package lu.alarmis.web.documents;
