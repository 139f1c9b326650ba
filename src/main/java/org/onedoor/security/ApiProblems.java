package org.onedoor.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.onedoor.shared.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * RFC 9457 problem details for {@code /api/**} requests that security turns away before any controller runs, so an
 * API caller always gets JSON it can read, never the HTML sign-in or error page: 401 with
 * {@code API_TOKEN_MISSING} for a call with no token (or a POST refused for want of a CSRF token when nobody is
 * signed in), 403 with {@code ACCESS_DENIED} when the caller is known but lacks the privilege.
 */
final class ApiProblems {

    static final Problem API_TOKEN_MISSING =
            new Problem("api-token-missing", "API_TOKEN_MISSING", Messages.text("security.api.tokenMissing"));
    static final Problem SESSION_ENDED =
            new Problem("session-ended", "SESSION_ENDED", Messages.text("security.api.sessionEnded"));
    static final Problem PASSWORD_TO_CHANGE =
            new Problem("password-to-change", "PASSWORD_TO_CHANGE", Messages.text("security.api.passwordToChange"));
    private static final String ACCESS_DENIED_BODY = """
            {"type":"https://onedoor.example/problems/access-denied","title":"Forbidden","status":403,\
            "detail":"You do not have the privilege this needs","code":"ACCESS_DENIED","errors":[]}""";

    private ApiProblems() {}

    /** What an API call with no usable credentials gets. */
    static AuthenticationEntryPoint entryPoint() {
        return (request, response, exception) -> unauthorized(response, API_TOKEN_MISSING);
    }

    /** A refusal of an anonymous caller is a missing token (401); of a known caller, a missing privilege (403). */
    static AccessDeniedHandler accessDenied() {
        AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();
        return (request, response, exception) -> {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || trust.isAnonymous(authentication)) {
                unauthorized(response, API_TOKEN_MISSING);
            } else {
                write(response, HttpStatus.FORBIDDEN, ACCESS_DENIED_BODY);
            }
        };
    }

    static void unauthorized(HttpServletResponse response, Problem problem) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(response, HttpStatus.UNAUTHORIZED, """
                {"type":"https://onedoor.example/problems/%s","title":"Unauthorized","status":401,\
                "detail":"%s","code":"%s","errors":[]}""".formatted(problem.slug(), problem.detail(), problem.code()));
    }

    private static void write(HttpServletResponse response, HttpStatus status, String body) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }

    record Problem(String slug, String code, String detail) {}
}
