package lu.alarmis.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A test's own data, put in place through {@link TestFixturesServlet} (test deployments only). */
public final class Fixtures {

    private Fixtures() {
    }

    public static void applicant(String email, String name, String password) {
        post("/applicant", Map.of("email", email, "name", name, "password", password));
    }

    public static void authenticator(String email, String secret) {
        post("/authenticator", Map.of("email", email, "secret", secret));
    }

    /** Links a certificate of the demo CA with this serialNumber to the account. */
    public static void certificate(String email, String serialNumber) {
        post("/certificate", Map.of("email", email, "serial", serialNumber, "issuer", DemoPki.caName()));
    }

    /**
     * Disables the account in the database only, as an operator of the database would: the
     * application is not told, unlike when an administrator disables a staff account.
     */
    public static void disableInDatabase(String email) {
        post("/disable", Map.of("email", email));
    }

    public static void staff(String email, String password, String roles) {
        post("/staff", Map.of("email", email, "password", password, "roles", roles));
    }

    /**
     * Files complete requests (every step, a PDF) for the applicant's one eSpace, through the
     * services, as the applicant: for tests about what comes after the wizard.
     */
    public static List<Long> filedRequests(String email, String password, String locality, int count) {
        String ids = send("/requests", Map.of("email", email, "password", password, "locality", locality,
                "count", String.valueOf(count)), 200);
        return ids.lines().map(Long::valueOf).toList();
    }

    /**
     * A filed request taken to approval by that operator and supervisor (same password). Answers the
     * connection's id, then the client's id, in the register.
     */
    public static long[] approved(long requestId, String operator, String supervisor, String password) {
        String ids = send("/approve", Map.of("id", String.valueOf(requestId), "operator", operator,
                "supervisor", supervisor, "password", password), 200);
        return ids.lines().mapToLong(Long::parseLong).toArray();
    }

    private static void post(String path, Map<String, String> fields) {
        send(path, fields, 204);
    }

    private static String send(String path, Map<String, String> fields, int expectedStatus) {
        try {
            HttpResponse<String> response = Http.client().send(
                    HttpRequest.newBuilder(TestServer.app("/test-fixtures" + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("fixture " + path).isEqualTo(expectedStatus);
            return response.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("fixture " + path, e);
        }
    }

    static String form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
