package org.onedoor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session whose account was disabled or whose roles changed since it signed in: the session is
 * invalidated before anything else happens, a page request goes to the sign-in page with a message saying why, and
 * an API or htmx request gets a 401. Not a bean, so it runs only inside the security filter chain.
 */
final class AccountSessionCheck extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccountSessionCheck.class);

    private static final java.util.List<String> STATIC =
            java.util.List.of("/webjars/", "/css/", "/js/", "/images/", "/favicon.ico");

    private final AccountSessions sessions;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    AccountSessionCheck(AccountSessions sessions) {
        this.sessions = sessions;
    }

    /** Static files reveal nothing and a page asks for several: they do not each cost a database read. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof SignedInUser user
                && !sessions.current(user.user().userId(), user.sessionGeneration())) {
            log.info(
                    "Ended a session of account {}: the account was disabled or its roles changed",
                    user.user().userId());
            logout.logout(request, response, authentication);
            String signIn = request.getContextPath() + "/sign-in?ended";
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", signIn);
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ApiProblems.unauthorized(response, ApiProblems.SESSION_ENDED);
            } else {
                response.sendRedirect(signIn);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
