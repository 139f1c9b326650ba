package org.onedoor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/**} requests that carry {@code Authorization: Bearer <token>} as the API client the token
 * was issued to, with exactly the privileges granted to it. Such requests are stateless: the authentication lives
 * for the request only and nothing is kept in a session. An unknown or revoked token gets 401 problem details at
 * once. Not a bean, so the servlet container does not run it outside the security filter chain.
 */
final class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenAuthenticationFilter.class);
    private static final String BEARER = "Bearer ";
    private static final RequestMatcher API =
            PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    /** An API request carrying a bearer token: authenticated here, stateless, and exempt from CSRF. */
    static final RequestMatcher BEARER_API_REQUEST = request -> bearerToken(request) != null && API.matches(request);

    static final String INVALID_TOKEN_BODY = """
            {"type":"https://onedoor.example/problems/api-token-invalid","title":"Unauthorized","status":401,\
            "detail":"The API token is not recognised or was revoked","code":"API_TOKEN_INVALID","errors":[]}""";

    private final ApiClientCredentials credentials;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenAuthenticationFilter(ApiClientCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !BEARER_API_REQUEST.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = bearerToken(request);
        Optional<ApiClientSummary> client = token == null ? Optional.empty() : credentials.authenticate(token);
        if (client.isEmpty()) {
            log.info("Refused an API request to {} with an unknown or revoked token", request.getRequestURI());
            refuse(response);
            return;
        }
        ApiClientSummary caller = client.get();
        CurrentUser user =
                new CurrentUser(caller.id(), "api:" + caller.name(), caller.name(), caller.organisationId(), Set.of());
        var authorities = caller.privileges().stream()
                .map(p -> new SimpleGrantedAuthority(p.name()))
                .toList();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(INVALID_TOKEN_BODY);
    }

    /** The token after "Bearer " (the scheme in any case), "" when it is missing, null for no bearer header. */
    static @Nullable String bearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).strip();
    }
}
