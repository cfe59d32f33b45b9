package lu.alarmis.tls;

import java.security.Provider;

/**
 * JCA provider of the trust manager algorithm {@value #ALGORITHM}, loaded by the Elytron
 * {@code provider-loader=alarmis-tls} and used by {@code trust-manager=alarmis-client-trust}.
 */
public final class LenientClientTrustProvider extends Provider {

    private static final long serialVersionUID = 1L;

    public static final String NAME = "AlarmisLenientClientTrust";
    public static final String ALGORITHM = "AlarmisLenientClientPKIX";

    public LenientClientTrustProvider() {
        super(NAME, "1.0", "PKIX trust manager that leaves the verdict on client certificates to the application");
        putService(new Service(this, "TrustManagerFactory", ALGORITHM,
                LenientClientTrustManagerFactory.class.getName(), null, null));
    }
}
