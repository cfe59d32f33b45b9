package lu.alarmis.web.security;

import java.io.IOException;
import java.security.Principal;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import lu.alarmis.account.SignInService;
import lu.alarmis.security.AuthenticationLevel;
import lu.alarmis.security.CallerContext;

/**
 * Runs before every page. A session whose Elytron identity is not the person it recorded at
 * sign-in, or whose account was since disabled, locked or given other roles, is ended. Then it
 * tells the services how the caller authenticated and from where.
 */
@WebFilter(filterName = "authentication", urlPatterns = "/*")
public class AuthenticationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AuthenticationFilter.class.getName());

    @Inject
    private CallerContext callerContext;

    @Inject
    private SignedInPerson person;

    @EJB
    private SignInService signIn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        AuthenticationLevel level = AuthenticationLevel.NONE;
        if (principal != null) {
            if (!person.belongsTo(principal) || !signIn.mayContinue(principal.getName(), person.getRoles())) {
                LOG.info(() -> "Session of " + principal.getName() + " ended: not signed in through the pages, "
                        + "or the account changed since");
                person.clear();
                request.logout();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login.xhtml");
                return;
            }
            level = person.getLevel();
        }
        callerContext.establish(level, request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
