package lu.alarmis.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lu.alarmis.account.Account;
import lu.alarmis.account.ClientCertificate;
import lu.alarmis.account.EmailAlreadyRegisteredException;
import lu.alarmis.account.PasswordPolicy;
import lu.alarmis.account.RegistrationService;
import lu.alarmis.account.WeakPasswordException;
import lu.alarmis.common.BusinessException;
import lu.alarmis.common.Language;
import lu.alarmis.web.LanguageBacking;
import lu.alarmis.web.Messages;
import lu.alarmis.web.Pages;

/**
 * /register.xhtml: a person opens a private account. When the browser presents a valid LuxTrust /
 * eID certificate that no account has yet, the certificate fills in the name and is linked to the
 * new account, which can then sign in strongly with it at once.
 */
@Named
@RequestScoped
public class RegisterBacking {

    @EJB
    private RegistrationService registration;

    @Inject
    private PresentedCertificate presented;

    @Inject
    private LanguageBacking pageLanguage;

    @NotBlank
    @Size(max = Account.NAME_MAX)
    private String displayName;

    @NotBlank
    @Email
    @Size(max = Account.EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String password;

    @NotBlank
    private String passwordRepeated;

    @NotNull
    private Language language;

    private boolean withCertificate = true;

    @PostConstruct
    void prefill() {
        language = pageLanguage.getCurrent();
        ClientCertificate certificate = getOfferedCertificate();
        if (certificate != null) {
            displayName = certificate.holderName().orElse(null);
        }
    }

    /** A valid certificate of this connection that no account has yet: the one registration can start from. */
    public ClientCertificate getOfferedCertificate() {
        ClientCertificate certificate = presented.getCertificate();
        return certificate != null && !presented.isLinked() ? certificate : null;
    }

    public void register() {
        if (!password.equals(passwordRepeated)) {
            Messages.fieldError("register:passwordRepeated", "register.passwordsDiffer");
            return;
        }
        boolean certificate = withCertificate && getOfferedCertificate() != null;
        try {
            if (certificate) {
                registration.registerWithCertificate(email, displayName, password, language, presented.chain());
            } else {
                registration.register(email, displayName, password, language);
            }
        } catch (WeakPasswordException weak) {
            weak.violations().forEach(v -> Messages.fieldError("register:password", v.messageKey(),
                    PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
            return;
        } catch (EmailAlreadyRegisteredException taken) {
            Messages.fieldError("register:email", taken.messageKey());
            return;
        } catch (BusinessException refused) {
            Messages.error(refused);
            return;
        }
        pageLanguage.change(language.tag());
        Messages.info(certificate ? "register.doneWithCertificate" : "register.done");
        Messages.info("register.checkMailbox");
        // With its certificate linked, the new account signs in strongly with it straight away.
        Pages.redirect(certificate ? "/signin/certificate.xhtml" : "/login.xhtml");
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeated() {
        return passwordRepeated;
    }

    public void setPasswordRepeated(String passwordRepeated) {
        this.passwordRepeated = passwordRepeated;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public boolean isWithCertificate() {
        return withCertificate;
    }

    public void setWithCertificate(boolean withCertificate) {
        this.withCertificate = withCertificate;
    }
}
