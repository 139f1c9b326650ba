package org.onedoor.referral;

import org.jspecify.annotations.Nullable;

/**
 * What the SPOC queue shows.
 *
 * @param text       part of a name, a reference or an NHS number; blank for all
 * @param status     one status, or every open status when absent
 * @param urgentOnly only referrals flagged urgent
 */
public record QueueFilter(
        @Nullable String text,
        @Nullable ReferralStatus status,
        boolean urgentOnly,
        @Nullable Channel channel,
        int page,
        int size) {}
