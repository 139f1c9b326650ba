package org.onedoor.security;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How sign-in defends itself against guessing.
 *
 * @param throttleAfter     failed sign-ins in a row after which each further attempt must wait
 * @param throttleDelay     how long an account waits between attempts once throttled
 * @param lockoutAfter      failed sign-ins in a row after which the account is locked
 * @param lockoutDuration   how long a locked account stays locked (an administrator may unlock it sooner)
 * @param strictTransportSecurity whether every response tells browsers to use only HTTPS for a year
 *                          (Strict-Transport-Security); on in the prod profile, off for the demo on plain HTTP
 */
@Validated
@ConfigurationProperties("onedoor.security")
record SecuritySettings(
        @DefaultValue("3") @Min(1) int throttleAfter,
        @DefaultValue("30s") Duration throttleDelay,
        @DefaultValue("6") @Min(2) int lockoutAfter,
        @DefaultValue("30m") Duration lockoutDuration,
        @DefaultValue("false") boolean strictTransportSecurity) {}
