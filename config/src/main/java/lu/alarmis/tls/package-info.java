/**
 * Server-side TLS support, installed in WildFly as the module {@code lu.alarmis.tls} by
 * {@code configure-server.cli} (not part of the application): a trust manager that lets the
 * TLS handshake finish for any client certificate so that the application, not the browser,
 * tells the person why a certificate is refused.
 */
package lu.alarmis.tls;
