package lu.alarmis.it.support;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * A browser-like HTTPS client (cookies, redirects) that presents a given client certificate, as a
 * person's browser presents their LuxTrust or eID certificate, and submits Faces forms.
 */
public final class TlsClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("<input[^>]*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** PrimeFaces' Content-Security-Policy support checks this nonce on every postback. */
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();

    /** TLS that trusts the test server's certificate (issued by the demo CA). */
    static SSLContext trustingDemoCa(KeyManager keyManager) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(DemoPki.trustStore())) {
                trust.load(in, DemoPki.PASSWORD.toCharArray());
            }
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance("PKIX");
            trustManagers.init(trust);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keyManager == null ? null : new KeyManager[] {keyManager}, trustManagers.getTrustManagers(), null);
            return tls;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private TlsClient(KeyManager keyManager) {
        try {
            http = HttpClient.newBuilder()
                    .sslContext(trustingDemoCa(keyManager))
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Presents no certificate. */
    public static TlsClient withoutCertificate() {
        return new TlsClient(null);
    }

    /** Presents this PKCS#12 certificate, whoever issued it (a browser would let the person choose it). */
    public static TlsClient presenting(Path pkcs12) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(pkcs12)) {
                store.load(in, DemoPki.PASSWORD.toCharArray());
            }
            return new TlsClient(new OneCertificate(store, DemoPki.PASSWORD.toCharArray()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The session this client holds, to continue it in a real browser. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session"));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(TestServer.secureApp(path)).GET().build());
    }

    /**
     * Submits a form of the page at {@code path} as a person would: the page's view state, the
     * given fields (ids as in the page) and the button pressed.
     */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String buttonId) {
        String page = get(path).body();
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new AssertionError("no Faces form on " + path + ": " + page);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((id, value) -> form.put(formId + ":" + id, value));
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"));
        Matcher nonce = CSP_NONCE.matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        return send(HttpRequest.newBuilder(TestServer.secureApp(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Fixtures.form(form)))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(request.uri().toString(), e);
        }
    }

    /** Always offers its one certificate, even to a server that does not list its issuer. */
    private static final class OneCertificate extends X509ExtendedKeyManager {

        private final String alias;
        private final PrivateKey key;
        private final X509Certificate[] chain;

        OneCertificate(KeyStore store, char[] password) throws Exception {
            String keyAlias = null;
            for (String candidate : Collections.list(store.aliases())) {
                if (store.isKeyEntry(candidate)) {
                    keyAlias = candidate;
                    break;
                }
            }
            alias = keyAlias;
            key = (PrivateKey) store.getKey(keyAlias, password);
            var certificates = store.getCertificateChain(keyAlias);
            chain = new X509Certificate[certificates.length];
            for (int i = 0; i < certificates.length; i++) {
                chain[i] = (X509Certificate) certificates[i];
            }
        }

        @Override
        public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
            return alias;
        }

        @Override
        public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
            return alias;
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[] {alias};
        }

        @Override
        public X509Certificate[] getCertificateChain(String requested) {
            return alias.equals(requested) ? chain.clone() : null;
        }

        @Override
        public PrivateKey getPrivateKey(String requested) {
            return alias.equals(requested) ? key : null;
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return null;
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return null;
        }

        @Override
        public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
            return null;
        }
    }
}
