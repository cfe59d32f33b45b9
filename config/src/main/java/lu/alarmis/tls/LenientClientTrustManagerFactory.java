package lu.alarmis.tls;

import java.security.InvalidAlgorithmParameterException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;

import javax.net.ssl.ManagerFactoryParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.TrustManagerFactorySpi;
import javax.net.ssl.X509ExtendedTrustManager;

/** Wraps the JDK's PKIX trust manager, initialised with the configured trust store. */
public final class LenientClientTrustManagerFactory extends TrustManagerFactorySpi {

    private final TrustManagerFactory pkix;

    public LenientClientTrustManagerFactory() throws NoSuchAlgorithmException {
        pkix = TrustManagerFactory.getInstance("PKIX");
    }

    @Override
    protected void engineInit(KeyStore trustStore) throws KeyStoreException {
        pkix.init(trustStore);
    }

    @Override
    protected void engineInit(ManagerFactoryParameters parameters) throws InvalidAlgorithmParameterException {
        pkix.init(parameters);
    }

    @Override
    protected TrustManager[] engineGetTrustManagers() {
        for (TrustManager manager : pkix.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager extended) {
                return new TrustManager[] {new LenientClientTrustManager(extended)};
            }
        }
        throw new IllegalStateException("the PKIX trust manager factory offers no X509ExtendedTrustManager");
    }
}
