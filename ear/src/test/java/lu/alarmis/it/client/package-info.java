/** The client register: approvals, connections and their state, POST's line messages, the migration into it, the pages. */
package lu.alarmis.it.client;
