package org.onedoor.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Spam protection for the public form that needs no third-party service: at most a few self-referrals per network
 * address per window. Kept in memory: a restart forgets, which is acceptable for a throttle.
 */
@Component
class SelfReferralThrottle {

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final ReferralSettings settings;
    private final Clock clock;

    SelfReferralThrottle(ReferralSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Counts an attempt from the address and says whether it may go ahead. */
    boolean allow(String address) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(settings.selfReferralWindow());
        Deque<Instant> attempts = recent.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (attempts) {
            while (!attempts.isEmpty() && attempts.peekFirst().isBefore(windowStart)) {
                attempts.pollFirst();
            }
            if (attempts.size() >= settings.selfReferralsPerAddress()) {
                return false;
            }
            attempts.addLast(now);
            return true;
        }
    }
}
