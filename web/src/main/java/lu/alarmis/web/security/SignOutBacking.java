package lu.alarmis.web.security;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import lu.alarmis.account.SignInService;

/** The "sign out" button of the header: ends the session and returns to the home page. */
@Named
@RequestScoped
public class SignOutBacking {

    @EJB
    private SignInService signIn;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            signIn.signedOut(request.getUserPrincipal().getName());
            request.logout();
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }
}
