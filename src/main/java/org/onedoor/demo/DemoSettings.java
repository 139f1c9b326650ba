package org.onedoor.demo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How big the demonstration partnership is.
 *
 * @param enabled   generate the demo partnership on start (the demo profile turns it on)
 * @param seed      the random seed: the same seed always gives the same partnership
 * @param practices how many GP practices (24 for the demo; up to 9,999 — England has about 6,300 — for a national-scale benchmark)
 * @param clients   how many clients later capabilities generate (referrals, episodes, activity)
 * @param earlierClients clients in treatment before the referral history, over three years, as a percentage of
 *                  {@code clients} (270: about 1,600 besides the ~400 from the demo's referrals; lower it for a
 *                  national-scale benchmark to bound the volume)
 * @param password  the password of every demo sign-in (demo profile only; never used in production)
 */
@Validated
@ConfigurationProperties("onedoor.demo")
record DemoSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("20261123") long seed,
        @DefaultValue("24") @Min(2) @Max(9999) int practices,
        @DefaultValue("600") @Min(0) @Max(2000000) int clients,
        @DefaultValue("270") @Min(0) @Max(1000) int earlierClients,
        @DefaultValue("onedoor-demo-2026") String password) {}
