package lu.alarmis.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Checks client certificates with PKIX but never fails the handshake for them: an expired or
 * unknown certificate would otherwise end in a browser error page. The application validates
 * every certificate it is shown again (and refuses with a page that says why); only the trust
 * decision is deferred, the client must still prove it holds the private key. The trusted CAs
 * are still advertised, so browsers offer the right certificates. Server certificates stay strict.
 */
public final class LenientClientTrustManager extends X509ExtendedTrustManager {

    private static final Logger LOG = Logger.getLogger(LenientClientTrustManager.class.getName());

    private final X509ExtendedTrustManager pkix;

    LenientClientTrustManager(X509ExtendedTrustManager pkix) {
        this.pkix = pkix;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
        try {
            pkix.checkClientTrusted(chain, authType);
        } catch (CertificateException e) {
            deferred(chain, e);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        try {
            pkix.checkClientTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            deferred(chain, e);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        try {
            pkix.checkClientTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            deferred(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        pkix.checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        pkix.checkServerTrusted(chain, authType, socket);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        pkix.checkServerTrusted(chain, authType, engine);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return pkix.getAcceptedIssuers();
    }

    private static void deferred(X509Certificate[] chain, CertificateException e) {
        LOG.log(Level.FINE, "Client certificate {0} not trusted by PKIX, left to the application: {1}",
                new Object[] {chain == null || chain.length == 0 ? "?" : chain[0].getSubjectX500Principal(), e});
    }
}
