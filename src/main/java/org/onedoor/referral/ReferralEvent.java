package org.onedoor.referral;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of a referral's history. */
public record ReferralEvent(String action, @Nullable String detail, Instant at, String by) {}
