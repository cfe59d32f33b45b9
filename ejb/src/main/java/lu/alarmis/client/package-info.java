/**
 * The client register: the organisations whose alarms reach the CIN (clients), the business
 * eSpaces that act for them, their connections (one per protected site, with its ALARMIS client
 * number, POST's line and its state) and each connection's history. Approvals of connection
 * requests put connections here; POST's line messages apply here. Depends on common, security,
 * audit, account, notification and decision (connections are subjects of intended decisions);
 * never on request, partner or the web module.
 */
package lu.alarmis.client;
