package org.onedoor.client;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether the person acting may open one client's record, and why, in words shown to them and written to the audit
 * trail.
 *
 * @param basis          when allowed, what the access rests on ("care team: responsible for treatment")
 * @param refusal        when refused, why ("not in the care team; consent to share with partners withdrawn on …")
 * @param breakGlassUntil when the access rests on break-glass, the moment it ends
 * @param mayBreakGlass  when refused, whether this person may open the record with break-glass
 */
public record AccessDecision(
        boolean allowed,
        @Nullable String basis,
        @Nullable String refusal,
        @Nullable Instant breakGlassUntil,
        boolean mayBreakGlass) {

    static AccessDecision allow(String basis) {
        return new AccessDecision(true, basis, null, null, false);
    }

    static AccessDecision allowByBreakGlass(String reason, Instant until) {
        return new AccessDecision(true, "Break-glass: " + reason, null, until, false);
    }

    static AccessDecision refuse(String refusal, boolean mayBreakGlass) {
        return new AccessDecision(false, null, refusal, null, mayBreakGlass);
    }

    public boolean byBreakGlass() {
        return breakGlassUntil != null;
    }
}
