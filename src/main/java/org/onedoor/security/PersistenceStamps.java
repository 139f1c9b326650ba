package org.onedoor.security;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jdbc.repository.config.EnableJdbcAuditing;

/**
 * Infrastructure stamps who and when on every saved aggregate ({@code created_by}, {@code changed_at} …), from the
 * signed-in user and the injected clock, so no service can forget.
 */
@Configuration
@EnableJdbcAuditing(auditorAwareRef = "stampingAuditor", dateTimeProviderRef = "stampingClock")
class PersistenceStamps {

    @Bean
    AuditorAware<String> stampingAuditor(CurrentUsers currentUsers) {
        return () -> Optional.of(currentUsers.actorName());
    }

    @Bean
    DateTimeProvider stampingClock(Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}
