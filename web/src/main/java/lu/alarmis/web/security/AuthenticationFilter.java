package lu.alarmis.web.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lu.alarmis.security.AuthenticationLevel;
import lu.alarmis.security.CallerContext;

/** Tells the services, for this request, how the caller authenticated and from where. */
@WebFilter(filterName = "authentication", urlPatterns = "/*")
public class AuthenticationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private CallerContext callerContext;

    @Inject
    private SignedInPerson person;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        AuthenticationLevel level = request.getUserPrincipal() == null ? AuthenticationLevel.NONE : person.getLevel();
        callerContext.establish(level, request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
