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
 * an API or htmx request gets a 401. A person signed in with a password an administrator set is sent to change it
 * before anything else ({@link Passwords}). Not a bean, so it runs only inside the security filter chain.
 */
final class AccountSessionCheck extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccountSessionCheck.class);

    private static final java.util.List<String> STATIC =
            java.util.List.of("/webjars/", "/css/", "/js/", "/images/", "/favicon.ico");

    /** Where a person who must change their password may still go. */
    static final String CHANGE_PASSWORD = "/account/password";

    private static final java.util.List<String> WHILE_CHANGING =
            java.util.List.of(CHANGE_PASSWORD, "/sign-out", "/error");

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
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            AccountSessions.State state = sessions.state(user.user().userId(), user.sessionGeneration());
            if (state == AccountSessions.State.ENDED) {
                log.info(
                        "Ended a session of account {}: the account was disabled or its roles changed",
                        user.user().userId());
                logout.logout(request, response, authentication);
                send(request, response, "/sign-in?ended", ApiProblems.SESSION_ENDED);
                return;
            }
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (state == AccountSessions.State.MUST_CHANGE_PASSWORD && !WHILE_CHANGING.contains(path)) {
                send(request, response, CHANGE_PASSWORD, ApiProblems.PASSWORD_TO_CHANGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** A page goes to the address; htmx is told to go there; an API request gets a 401 problem. */
    private static void send(
            HttpServletRequest request, HttpServletResponse response, String to, ApiProblems.Problem problem)
            throws IOException {
        String address = request.getContextPath() + to;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", address);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ApiProblems.unauthorized(response, problem);
        } else {
            response.sendRedirect(address);
        }
    }
}
