package lu.alarmis.account;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

import lu.alarmis.account.CertificateRefusedException.Reason;

/**
 * Decides whether a client certificate may identify a person: issued (through its chain) by one
 * of the trusted CAs (LuxTrust, eID; the demo CA in run mode and tests), valid today, and
 * carrying a subject serialNumber. The TLS layer lets every certificate through
 * (lu.alarmis.tls); this is where they are judged.
 */
public class ClientCertificateVerifier {

    /** System properties set by config/configure-server.cli. */
    static final String TRUSTSTORE = "alarmis.tls.truststore";
    static final String TRUSTSTORE_PASSWORD = "alarmis.tls.truststore.password";
    private static final String SERIAL_NUMBER_OID = "2.5.4.5";
    private static final String CLIENT_AUTH_OID = "1.3.6.1.5.5.7.3.2";

    private final Set<TrustAnchor> anchors;
    private final Clock clock;

    public ClientCertificateVerifier(Set<TrustAnchor> anchors, Clock clock) {
        this.anchors = Set.copyOf(anchors);
        this.clock = clock;
    }

    /** The verifier of the server's trust store, as configured. */
    public static ClientCertificateVerifier fromServerTrustStore() {
        String path = System.getProperty(TRUSTSTORE);
        if (path == null) {
            throw new IllegalStateException("system property " + TRUSTSTORE + " not set: run config/configure-server.cli");
        }
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, System.getProperty(TRUSTSTORE_PASSWORD, "").toCharArray());
            Set<TrustAnchor> anchors = new HashSet<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate ca) {
                    anchors.add(new TrustAnchor(ca, null));
                }
            }
            return new ClientCertificateVerifier(anchors, Clock.systemUTC());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the trust store " + path, e);
        }
    }

    /**
     * @param chain the chain the client presented, its own certificate first
     * @throws CertificateRefusedException when the certificate cannot identify anyone
     */
    public ClientCertificate verify(X509Certificate[] chain) {
        if (chain == null || chain.length == 0) {
            throw new CertificateRefusedException(Reason.NOT_PRESENTED, "no client certificate");
        }
        X509Certificate person = chain[0];
        try {
            // Self-signed roots in the presented chain prove nothing: only our anchors count.
            List<X509Certificate> path = new ArrayList<>();
            for (X509Certificate certificate : chain) {
                if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                    path.add(certificate);
                }
            }
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(clock.instant()));
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(path.isEmpty() ? List.of(person) : path),
                    parameters);
        } catch (CertPathValidatorException e) {
            boolean outOfDate = e.getReason() == CertPathValidatorException.BasicReason.EXPIRED
                    || e.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID;
            throw new CertificateRefusedException(outOfDate ? Reason.EXPIRED : Reason.UNTRUSTED,
                    person.getSubjectX500Principal() + ": " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new CertificateRefusedException(Reason.UNTRUSTED, person.getSubjectX500Principal() + ": " + e);
        }
        if (!meantForSigningIn(person)) {
            throw new CertificateRefusedException(Reason.UNTRUSTED,
                    person.getSubjectX500Principal() + ": not a certificate for authenticating a person");
        }
        String serialNumber = serialNumberOf(person.getSubjectX500Principal());
        if (serialNumber == null || serialNumber.isBlank() || serialNumber.length() > 64) {
            throw new CertificateRefusedException(Reason.NO_SERIAL_NUMBER, person.getSubjectX500Principal().toString());
        }
        return new ClientCertificate(serialNumber, readable(person.getSubjectX500Principal()),
                readable(person.getIssuerX500Principal()), person.getNotAfter().toInstant());
    }

    /** Extended key usage clientAuth (or none) and key usage digitalSignature (or none). */
    static boolean meantForSigningIn(X509Certificate certificate) {
        try {
            List<String> extended = certificate.getExtendedKeyUsage();
            boolean[] usage = certificate.getKeyUsage();
            return (extended == null || extended.contains(CLIENT_AUTH_OID)) && (usage == null || usage[0]);
        } catch (java.security.cert.CertificateParsingException e) {
            return false;
        }
    }

    static String serialNumberOf(X500Principal subject) {
        try {
            for (Rdn rdn : new LdapName(readable(subject)).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("SERIALNUMBER")) {
                    return rdn.getValue().toString();
                }
            }
            return null;
        } catch (InvalidNameException e) {
            return null;
        }
    }

    /** RFC 2253 with serialNumber by name (the JDK would print it as a hex-encoded OID). */
    static String readable(X500Principal principal) {
        return principal.getName(X500Principal.RFC2253, Map.of(SERIAL_NUMBER_OID, "SERIALNUMBER"));
    }
}
