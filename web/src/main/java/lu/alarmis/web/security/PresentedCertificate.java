package lu.alarmis.web.security;

import java.security.cert.X509Certificate;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import lu.alarmis.account.CertificateRefusedException;
import lu.alarmis.account.CertificateService;
import lu.alarmis.account.ClientCertificate;

/** The certificate the browser presented on this connection, and what it is worth. */
@Named
@RequestScoped
public class PresentedCertificate {

    /** Where the servlet container puts the certificate chain the client presented. */
    static final String PEER_CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    @EJB
    private CertificateService certificates;

    private boolean judged;
    private Boolean linked;
    private ClientCertificate certificate;
    private CertificateRefusedException.Reason refusal;

    private void judge() {
        if (judged) {
            return;
        }
        judged = true;
        X509Certificate[] chain = chain();
        if (chain == null || chain.length == 0) {
            return;
        }
        try {
            certificate = certificates.inspect(chain);
        } catch (CertificateRefusedException refused) {
            refusal = refused.reason();
        }
    }

    public X509Certificate[] chain() {
        return (X509Certificate[]) FacesContext.getCurrentInstance().getExternalContext()
                .getRequestMap().get(PEER_CERTIFICATES);
    }

    public boolean isPresent() {
        judge();
        return certificate != null || refusal != null;
    }

    /** Valid and usable, if linked; null when absent or refused. */
    public ClientCertificate getCertificate() {
        judge();
        return certificate;
    }

    /** Whether the valid certificate of this connection is linked to an account already. */
    public boolean isLinked() {
        if (linked == null) {
            linked = getCertificate() != null && certificates.isLinked(getCertificate());
        }
        return linked;
    }

    /** Why it cannot be used; null when absent or valid. */
    public String getRefusal() {
        judge();
        return refusal == null ? null : refusal.name();
    }
}
