package lu.alarmis.web.espace;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lu.alarmis.account.AuthenticatorService;
import lu.alarmis.account.CertificateService;
import lu.alarmis.account.ClientCertificate;
import lu.alarmis.account.LinkedCertificate;
import lu.alarmis.account.Totp;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.Language;
import lu.alarmis.web.LanguageBacking;
import lu.alarmis.web.Messages;
import lu.alarmis.web.Pages;
import lu.alarmis.web.security.PresentedCertificate;
import lu.alarmis.web.security.SignedInPerson;

/** /espace/security.xhtml: how the person is signed in; enrolling a new authenticator (strong only). */
@Named("espaceSecurity")
@ViewScoped
public class SecurityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuthenticatorService authenticators;

    @EJB
    private CertificateService certificates;

    @Inject
    private SignedInPerson person;

    @Inject
    private PresentedCertificate presented;

    @Inject
    private LanguageBacking languages;

    private Language language;
    private String newSecret;
    private List<LinkedCertificate> linked;

    /**
     * Links the certificate of this connection to the person's account. A password session that
     * linked its first certificate then signs in with it, and so becomes strong.
     */
    public void linkCertificate() {
        try {
            ClientCertificate certificate = certificates.link(presented.chain());
            Messages.info("security.certificateLinked", certificate.subject());
            Pages.redirect(person.isStrong() ? "/espace/security.xhtml" : "/signin/certificate.xhtml");
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public List<LinkedCertificate> getLinkedCertificates() {
        if (linked == null) {
            linked = certificates.myCertificates();
        }
        return linked;
    }

    public void enrol() {
        try {
            newSecret = authenticators.enrolNewAuthenticator();
            Messages.info("security.enrolled");
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    /** The language of what is addressed to the person: kept on the account, used from now on. */
    public void chooseLanguage() {
        languages.change(language.tag());
        Messages.info("security.languageChosen");
        Pages.redirect("/espace/security.xhtml");
    }

    public Language getLanguage() {
        return language == null ? languages.getCurrent() : language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public String getNewSecret() {
        return newSecret;
    }

    public String getProvisioningUri() {
        return newSecret == null ? null : Totp.provisioningUri(newSecret, person.getEmail());
    }

    /** The provisioning address as a QR code for the authenticator app to scan. */
    public String getQrCode() {
        return newSecret == null ? null : QrCode.svg(getProvisioningUri(), Messages.text("security.qrTitle"));
    }
}
