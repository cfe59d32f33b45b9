/** Pages of /staff/requests: the CIN's work queue and a request's review page. */
package lu.alarmis.web.staff.requests;
