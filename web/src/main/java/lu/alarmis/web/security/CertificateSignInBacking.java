package lu.alarmis.web.security;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lu.alarmis.account.CertificateRefusedException;
import lu.alarmis.account.CertificateService;
import lu.alarmis.account.SignInService;
import lu.alarmis.web.LanguageBacking;

/**
 * /signin/certificate.xhtml ("sign in with LuxTrust or eID"): verifies the certificate of the
 * connection, signs its holder in strongly, or says why it cannot.
 */
@Named("certificateSignIn")
@RequestScoped
public class CertificateSignInBacking {

    private static final Logger LOG = Logger.getLogger(CertificateSignInBacking.class.getName());

    @EJB
    private CertificateService certificates;

    @Inject
    private SignedInPerson person;

    @Inject
    private LanguageBacking language;

    @Inject
    private PresentedCertificate presented;

    /** Why the sign-in failed, as a key of certificate.refused.*; null until then. */
    private String refusal;

    /** f:viewAction */
    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            CertificateService.CertificateSignIn ticket = certificates.certificateSignIn(presented.chain());
            person.clear();
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(ticket.email(), ticket.ticket());
            SignInService.SignedIn signedIn = certificates.certificateSignInCompleted(presented.chain());
            request.changeSessionId();
            person.signedIn(signedIn);
            language.signedIn(signedIn.language());
            external.redirect(external.getRequestContextPath() + person.homePath());
        } catch (CertificateRefusedException refused) {
            refusal = refused.reason().name();
            external.setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
        } catch (ServletException locked) {
            // The certificate is fine but Elytron refused the account: disabled or locked.
            LOG.info(() -> "certificate sign-in refused by the realm: " + locked);
            refusal = "ACCOUNT_UNAVAILABLE";
            external.setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    public String getRefusal() {
        return refusal;
    }
}
