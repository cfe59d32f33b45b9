package lu.alarmis.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/** What the person sees of a certificate they presented, after it passed {@link ClientCertificateVerifier}. */
public record ClientCertificate(String serialNumber, String subject, String issuer, Instant notAfter)
        implements Serializable {

    /** The holder's name as the certificate states it: its common name (CN), if it has one. */
    public Optional<String> holderName() {
        try {
            return new LdapName(subject).getRdns().stream()
                    .filter(rdn -> rdn.getType().equalsIgnoreCase("CN"))
                    .map(Rdn::getValue)
                    .map(Object::toString)
                    .map(String::strip)
                    .filter(name -> !name.isEmpty())
                    .findFirst();
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
    }
}
