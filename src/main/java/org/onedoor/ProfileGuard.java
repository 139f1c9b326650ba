package org.onedoor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Demo is explicit, production is safe by default: OneDoor starts only as {@code demo}, {@code prod} or under the
 * test suite, never with both demo and prod, and under {@code prod} only when every required setting is present.
 * All missing settings are named in one message.
 */
class ProfileGuard implements EnvironmentPostProcessor {

    private static final Set<String> KNOWN = Set.of("demo", "prod", "test", "bench", "cli");

    private static final List<Required> PRODUCTION = List.of(
            new Required("spring.datasource.url", "ONEDOOR_DATABASE_URL", "the PostgreSQL JDBC URL"),
            new Required("spring.datasource.username", "ONEDOOR_DATABASE_USERNAME", "the database user"),
            new Required("spring.datasource.password", "ONEDOOR_DATABASE_PASSWORD", "the database password"),
            new Required(
                    "onedoor.bootstrap.admin-username",
                    "ONEDOOR_ADMIN_USERNAME",
                    "the initial administrator's username"),
            new Required(
                    "onedoor.bootstrap.admin-password",
                    "ONEDOOR_ADMIN_PASSWORD",
                    "the initial administrator's password (12 characters or more)"),
            new Required(
                    "onedoor.bootstrap.partnership-name",
                    "ONEDOOR_PARTNERSHIP_NAME",
                    "the partnership's name, shown in the header"),
            new Required(
                    "onedoor.bootstrap.local-authority-code",
                    "ONEDOOR_LOCAL_AUTHORITY_CODE",
                    "the ONS code of the commissioning local authority, such as E06000012"),
            new Required(
                    "onedoor.bootstrap.lead-provider-name",
                    "ONEDOOR_LEAD_PROVIDER_NAME",
                    "the lead provider the administrator works for"),
            new Required(
                    "onedoor.contract.evidence-key-secret",
                    "ONEDOOR_EVIDENCE_KEY_SECRET",
                    "the secret that pseudonymises payment evidence (32 characters or more, kept like a password)"));

    /** The shortest evidence-key secret production accepts: 32 characters, so it cannot be guessed. */
    static final int MIN_EVIDENCE_SECRET = 32;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Set<String> active = Set.of(environment.getActiveProfiles());
        if (active.stream().noneMatch(KNOWN::contains)) {
            throw new StartupRefused("OneDoor needs a profile. Choose one:\n"
                    + "  demo  - demonstration data on an embedded database (./mvnw spring-boot:run does this)\n"
                    + "  prod  - PostgreSQL configured from the environment (SPRING_PROFILES_ACTIVE=prod)");
        }
        if (active.contains("demo") && active.contains("prod")) {
            throw new StartupRefused("The demo and prod profiles cannot run together: demo data and default "
                    + "passwords must never reach a production database.");
        }
        if (active.contains("prod")) {
            List<String> missing = new ArrayList<>();
            for (Required required : PRODUCTION) {
                if (!StringUtils.hasText(environment.getProperty(required.property()))) {
                    missing.add("  " + required.variable() + ": " + required.meaning());
                }
            }
            String secret = environment.getProperty("onedoor.contract.evidence-key-secret", "");
            if (StringUtils.hasText(secret) && secret.strip().length() < MIN_EVIDENCE_SECRET) {
                missing.add("  ONEDOOR_EVIDENCE_KEY_SECRET: must be " + MIN_EVIDENCE_SECRET
                        + " characters or more, not " + secret.strip().length());
            }
            String url = environment.getProperty("spring.datasource.url", "");
            if (StringUtils.hasText(url) && !url.startsWith("jdbc:postgresql:")) {
                missing.add("  ONEDOOR_DATABASE_URL: must be a jdbc:postgresql: URL in production, not " + url);
            }
            if (!missing.isEmpty()) {
                throw new StartupRefused("The prod profile needs these settings, which are missing or wrong:\n"
                        + String.join("\n", missing));
            }
        }
    }

    private record Required(String property, String variable, String meaning) {}
}
