/**
 * What the integration tests share: the real EAR as deployment, the test server's addresses, Chromium, HTTPS clients, test fixtures and certificates.
 */
package lu.alarmis.it.support;
