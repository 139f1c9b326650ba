package org.onedoor.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Spam protection for the public form that needs no third-party service: at most a few accepted self-referrals per
 * network address per window. The count is kept in the database, so every node behind a load balancer sees the
 * same count and a restart forgets nothing; only accepted submissions count, so someone correcting a mistake on the
 * form is never throttled for it. The address is the request's remote address, which the server resolves through
 * the configured trusted proxies only ({@code server.forward-headers-strategy}, README "Behind a load balancer"):
 * a forwarded-for header from anyone else is ignored.
 */
@Component
class SelfReferralThrottle {

    static final int MAX_ADDRESS = 100;

    private final JdbcClient jdbc;
    private final ReferralSettings settings;
    private final Clock clock;

    SelfReferralThrottle(JdbcClient jdbc, ReferralSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether another self-referral from the address may be accepted now. */
    boolean mayAccept(String address) {
        return jdbc.sql("""
                        select count(*) from referral_self_referral_submission
                         where source_address = ? and submitted_at > ?
                        """)
                        .params(key(address), DbTime.toDb(windowStart()))
                        .query(Long.class)
                        .single()
                < settings.selfReferralsPerAddress();
    }

    /** Counts an accepted self-referral from the address, and forgets those that have left the window. */
    void accepted(String address) {
        Instant now = clock.instant();
        jdbc.sql("delete from referral_self_referral_submission where submitted_at <= ?")
                .param(DbTime.toDb(windowStart()))
                .update();
        jdbc.sql("insert into referral_self_referral_submission (id, source_address, submitted_at) values (?, ?, ?)")
                .params(UUID.randomUUID(), key(address), DbTime.toDb(now))
                .update();
    }

    private Instant windowStart() {
        return clock.instant().minus(settings.selfReferralWindow());
    }

    private static String key(String address) {
        return address.length() > MAX_ADDRESS ? address.substring(0, MAX_ADDRESS) : address;
    }
}
