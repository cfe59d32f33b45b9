/** Tests of the connection request: its services in the container, and its pages in Chromium. */
package lu.alarmis.it.request;
