package lu.alarmis.web.security;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lu.alarmis.account.Account;
import lu.alarmis.account.InvalidOneTimeCodeException;
import lu.alarmis.account.NoWebAccessException;
import lu.alarmis.account.SignInService;
import lu.alarmis.web.LanguageBacking;
import lu.alarmis.web.Messages;

/**
 * /login.xhtml: e-mail address and password, checked by Elytron, plus an optional one-time code
 * from the person's LuxTrust token or authenticator, which makes the sign-in strong.
 */
@Named
@RequestScoped
public class LoginBacking {

    private static final Logger LOG = Logger.getLogger(LoginBacking.class.getName());
    private static final String FORWARDED_FROM = "jakarta.servlet.forward.request_uri";

    @EJB
    private SignInService signIn;

    @Inject
    private SignedInPerson person;

    @Inject
    private LanguageBacking language;

    @NotBlank
    @Size(max = Account.EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = 200)
    private String password;

    @Size(max = 10)
    private String oneTimeCode;

    /** Where to go after signing in: the protected page that sent the person here. */
    private String next;

    @PostConstruct
    void rememberProtectedPage() {
        HttpServletRequest request = request();
        Object forwardedFrom = request.getAttribute(FORWARDED_FROM);
        if (forwardedFrom != null) {
            String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
            next = forwardedFrom + (query == null ? "" : "?" + query);
        }
    }

    public String signIn() throws IOException {
        HttpServletRequest request = request();
        String normalised = Account.normaliseEmail(email);
        try {
            person.clear();
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(normalised, password);
        } catch (ServletException refused) {
            signIn.passwordRefused(normalised);
            Messages.error("login.failed");
            return null;
        }
        SignInService.SignedIn signedIn;
        try {
            signedIn = signIn.passwordAccepted(normalised, oneTimeCode);
        } catch (InvalidOneTimeCodeException | NoWebAccessException e) {
            logout(request);
            Messages.error("login.failed");
            return null;
        }
        // A new session id: whatever id an attacker planted before sign-in is worthless now.
        request.changeSessionId();
        person.signedIn(signedIn);
        language.signedIn(signedIn.language());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(destination(external.getRequestContextPath()));
        return null;
    }

    private String destination(String contextPath) {
        if (next != null && next.startsWith(contextPath + "/") && !next.startsWith("//") && !next.contains("\\")) {
            return next;
        }
        return contextPath + person.homePath();
    }

    private static void logout(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.warning(() -> "logout after a refused one-time code failed: " + e);
        }
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
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

    public String getOneTimeCode() {
        return oneTimeCode;
    }

    public void setOneTimeCode(String oneTimeCode) {
        this.oneTimeCode = oneTimeCode;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
