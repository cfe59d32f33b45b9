package lu.alarmis.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** An HTTP client without cookies or scripts, as a monitoring probe would be; trusts the demo CA. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .sslContext(TlsClient.trustingDemoCa(null))
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** The client itself, for requests other than a GET. */
    public static HttpClient client() {
        return CLIENT;
    }

    private Http() {
    }

    public static HttpResponse<String> get(URI uri, String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Accept-Language", acceptLanguage)
                .timeout(Duration.ofSeconds(20))
                .GET()
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return get(uri, "en");
    }
}
