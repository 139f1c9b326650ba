package org.onedoor.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The security headers on every response: a strict Content Security Policy, no framing, a strict referrer policy, a
 * Permissions-Policy that turns off the browser features OneDoor never uses, and, where
 * {@code onedoor.security.strict-transport-security} is on (the prod profile), HSTS.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()";
    static final long ONE_YEAR_IN_SECONDS = 31_536_000L;

    private SecurityHeaders() {}

    static void apply(HeadersConfigurer<HttpSecurity> headers, SecuritySettings settings) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(policy -> policy.policy(PERMISSIONS_POLICY));
        if (settings.strictTransportSecurity()) {
            // Production runs only behind TLS, often ended at a load balancer, so every response carries it.
            headers.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(ONE_YEAR_IN_SECONDS)
                    .includeSubDomains(true)
                    .requestMatcher(AnyRequestMatcher.INSTANCE));
        } else {
            headers.httpStrictTransportSecurity(hsts -> hsts.disable());
        }
    }
}
