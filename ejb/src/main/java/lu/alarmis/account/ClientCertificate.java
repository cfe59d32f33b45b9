package lu.alarmis.account;

import java.io.Serializable;
import java.time.Instant;

/** What the person sees of a certificate they presented, after it passed {@link ClientCertificateVerifier}. */
public record ClientCertificate(String serialNumber, String subject, String issuer, Instant notAfter)
        implements Serializable {
}
