/**
 * Pages of /espace/requests: the eSpace's connection requests, the wizard that drafts and submits
 * one, and a request's own page. They delegate every rule to the request services in ejb.
 */
package lu.alarmis.web.espace.requests;
