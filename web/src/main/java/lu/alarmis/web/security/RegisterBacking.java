package lu.alarmis.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lu.alarmis.account.Account;
import lu.alarmis.account.EmailAlreadyRegisteredException;
import lu.alarmis.account.PasswordPolicy;
import lu.alarmis.account.RegistrationService;
import lu.alarmis.account.WeakPasswordException;
import lu.alarmis.web.Messages;

/** /register.xhtml: a person opens a private account. */
@Named
@RequestScoped
public class RegisterBacking {

    @EJB
    private RegistrationService registration;

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

    public String register() {
        if (!password.equals(passwordRepeated)) {
            Messages.fieldError("register:passwordRepeated", "register.passwordsDiffer");
            return null;
        }
        try {
            registration.register(email, displayName, password);
        } catch (WeakPasswordException weak) {
            weak.violations().forEach(v -> Messages.fieldError("register:password", v.messageKey(),
                    PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
            return null;
        } catch (EmailAlreadyRegisteredException taken) {
            Messages.fieldError("register:email", taken.messageKey());
            return null;
        }
        Messages.info("register.done");
        Messages.keepForRedirect();
        return "/login?faces-redirect=true";
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
}
