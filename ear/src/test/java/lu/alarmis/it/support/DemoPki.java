package lu.alarmis.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Issues the tests' own client certificates with the repository's tooling (config/demo-pki.sh). */
public final class DemoPki {

    public static final String PASSWORD = "changeit";
    private static final Path TLS_DIR = Path.of(System.getProperty("alarmis.tls.dir"));
    private static final Path SCRIPT = Path.of(System.getProperty("alarmis.config.dir"), "demo-pki.sh");

    public enum Kind { VALID, EXPIRED, UNTRUSTED }

    private DemoPki() {
    }

    /** The demo CA's trust store, which the server also trusts. */
    public static Path trustStore() {
        return TLS_DIR.resolve("truststore.p12");
    }

    /** The demo CA's name as the application records a certificate's issuer (RFC 2253). */
    public static String caName() {
        try (var in = java.nio.file.Files.newInputStream(trustStore())) {
            java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            var ca = (java.security.cert.X509Certificate) store.getCertificate(store.aliases().nextElement());
            return ca.getSubjectX500Principal().getName(javax.security.auth.x500.X500Principal.RFC2253,
                    java.util.Map.of("2.5.4.5", "SERIALNUMBER"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path clientCertificate(String name, String fullName, String serialNumber, Kind kind) {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString(), "client", TLS_DIR.toString(), name,
                fullName, serialNumber));
        if (kind == Kind.EXPIRED) {
            command.add("--expired");
        } else if (kind == Kind.UNTRUSTED) {
            command.add("--untrusted");
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("demo-pki.sh failed: " + output);
            }
            return TLS_DIR.resolve("clients").resolve(name + ".p12");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
