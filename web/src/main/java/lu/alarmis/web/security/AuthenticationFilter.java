package lu.alarmis.web.security;

import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
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

import lu.alarmis.account.AccessChanges;
import lu.alarmis.account.SignInService;
import lu.alarmis.security.AuthenticationLevel;
import lu.alarmis.security.CallerContext;

/**
 * Runs before every page. A session whose Elytron identity is not the person it recorded at
 * sign-in, or whose account was since disabled, locked or given other roles, is ended. Then it
 * tells the services how the caller authenticated and from where.
 * <p>
 * The account is read from the database at most every {@link #ACCOUNT_RECHECK} per session, not
 * on every request (it cost two queries and a transaction per page). A withdrawal of access
 * committed on this server ({@link AccessChanges}: an administrator disables an account or
 * changes its roles, too many failed sign-ins lock it) makes every session check again on its
 * next request; one made elsewhere (another server of a cluster, SQL) takes effect within
 * {@link #ACCOUNT_RECHECK}.
 */
@WebFilter(filterName = "authentication", urlPatterns = "/*")
public class AuthenticationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AuthenticationFilter.class.getName());

    static final Duration ACCOUNT_RECHECK = Duration.ofSeconds(10);

    @Inject
    private CallerContext callerContext;

    @Inject
    private SignedInPerson person;

    @EJB
    private SignInService signIn;

    @Inject
    private AccessChanges accessChanges;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        AuthenticationLevel level = AuthenticationLevel.NONE;
        if (principal != null) {
            if (!person.belongsTo(principal) || !accountStillAllowed(principal)) {
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

    private boolean accountStillAllowed(Principal principal) {
        // The count first: a withdrawal committed after this read is seen by the next request.
        long generation = accessChanges.generation();
        Instant now = Instant.now();
        if (!person.accountCheckDue(generation, now, ACCOUNT_RECHECK)) {
            return true;
        }
        boolean allowed = signIn.mayContinue(principal.getName(), person.getRoles());
        if (allowed) {
            person.accountChecked(generation, now);
        }
        return allowed;
    }
}
