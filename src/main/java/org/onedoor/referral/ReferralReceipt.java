package org.onedoor.referral;

import java.time.Instant;
import java.util.UUID;

/** What the sender of a referral is told: the referral's id and the reference to quote. */
public record ReferralReceipt(UUID id, String reference, boolean urgent, Instant receivedAt) {}
