package org.onedoor.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form sign-in for people, a 401 (not a redirect) for API callers, and strict security headers. Pages only decide
 * who may reach them; the module APIs check privileges again. Other systems call {@code /api/**} with the bearer
 * token of an API client credential: those requests are stateless and, having no cookie to ride on, exempt from
 * CSRF; a browser's session keeps its CSRF protection. Whatever security itself turns away under {@code /api/**}
 * gets problem details ({@link ApiProblems}). Pages that ask for or confirm an action are refused to those who could
 * not take it ({@link ActionPages}), and a session ends as soon as its account is disabled or its roles change
 * ({@link AccountSessionCheck}).
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SignInFailureHandler failureHandler,
            ApiClientCredentials apiClientCredentials,
            AccountSessions sessions,
            SecuritySettings settings)
            throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.authorizeHttpRequests(requests -> {
                    for (ActionPages.Rule rule : ActionPages.RULES) {
                        requests.requestMatchers(rule.pathArray()).hasAnyAuthority(rule.authorities());
                    }
                    requests.requestMatchers("/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico")
                            .permitAll()
                            .requestMatchers("/sign-in", "/error", "/actuator/health", "/actuator/health/**")
                            .permitAll()
                            .requestMatchers("/v3/api-docs", "/v3/api-docs/**")
                            .permitAll()
                            .requestMatchers("/self-referral", "/self-referral/**")
                            .permitAll()
                            .requestMatchers("/referrals/new")
                            .hasAnyAuthority(Privilege.REFERRAL_CREATE.name(), Privilege.REFERRAL_QUEUE_VIEW.name())
                            .requestMatchers("/inbox", "/inbox/**")
                            .hasAuthority(Privilege.REFERRAL_RECEIVE.name())
                            .requestMatchers("/referrals/*/episode")
                            .hasAuthority(Privilege.TREATMENT_RECORD.name())
                            .requestMatchers("/referrals", "/referrals/**")
                            .hasAuthority(Privilege.REFERRAL_QUEUE_VIEW.name())
                            .requestMatchers("/ndtms/imports", "/ndtms/imports/**")
                            .hasAuthority(Privilege.NDTMS_IMPORT.name())
                            .requestMatchers("/admin/**")
                            .hasAuthority(Privilege.USER_MANAGE.name())
                            .requestMatchers("/ig/**")
                            .hasAuthority(Privilege.CLIENT_ACCESS_REVIEW.name())
                            .anyRequest()
                            .authenticated();
                })
                .formLogin(form -> form.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(failureHandler)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"))
                .requestCache(cache -> cache.requestCache(pagesOnly()))
                .addFilterBefore(
                        new ApiTokenAuthenticationFilter(apiClientCredentials),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new AccountSessionCheck(sessions), SecurityContextHolderFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenAuthenticationFilter.BEARER_API_REQUEST))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(ApiProblems.entryPoint(), api)
                        .accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
                                new LinkedHashMap<>(Map.of(api, ApiProblems.accessDenied())),
                                new AccessDeniedHandlerImpl())))
                .headers(headers -> SecurityHeaders.apply(headers, settings));
        return http.build();
    }

    /**
     * After sign-in, return to the page that asked for it: only a page a browser navigated to, never a font, an
     * image, an htmx fragment or an API call that happened to be refused first.
     */
    private static HttpSessionRequestCache pagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && request.getHeader("HX-Request") == null
                && !request.getRequestURI().startsWith("/api/")
                && String.valueOf(request.getHeader("Accept")).contains("text/html"));
        return cache;
    }
}
