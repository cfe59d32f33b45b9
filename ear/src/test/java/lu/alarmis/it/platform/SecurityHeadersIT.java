package lu.alarmis.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lu.alarmis.it.support.Deployments;
import lu.alarmis.it.support.Http;
import lu.alarmis.it.support.TestServer;

/** What every response tells the browser about how to treat it. */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = Http.get(TestServer.app("/"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .anyMatch(policy -> policy.contains("frame-ancestors 'none'"))
                .anyMatch(policy -> policy.contains("script-src") && policy.contains("nonce-"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void theSessionCookieIsHttpOnlySecureAndSameSite() throws Exception {
        HttpResponse<String> response = Http.get(TestServer.app("/login.xhtml"));

        assertThat(response.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("Secure")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void anAnonymousVisitorOfAProtectedPageIsAskedToSignIn() throws Exception {
        HttpResponse<String> response = Http.get(TestServer.app("/espace/index.xhtml"));

        assertThat(response.body()).contains("Sign in to ALARMIS Connect");
    }

    @Test
    void theContainersOwnSignInAddressIsClosed() throws Exception {
        java.net.http.HttpRequest post = java.net.http.HttpRequest.newBuilder(TestServer.app("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("j_username=a%40b.lu&j_password=x"))
                .build();

        HttpResponse<String> response = Http.client().send(post, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void plainHttpIsRedirectedToHttps() throws Exception {
        HttpResponse<String> response = Http.get(TestServer.plainApp("/login.xhtml"));

        assertThat(response.statusCode()).isIn(301, 302, 307, 308);
        assertThat(response.headers().firstValue("Location"))
                .hasValue("https://localhost:" + TestServer.HTTPS_PORT + "/alarmis/login.xhtml");
    }
}
