package org.onedoor.monitoring.waits;

import org.jspecify.annotations.Nullable;

/**
 * One service or practice on the waiting-times page, as text (suppressed where the audience needs it).
 *
 * @param key        the organisation's id, or "none" for referrals not allocated (or with no practice recorded)
 * @param referrals  referrals received in the period that waited or are waiting for treatment
 * @param median     the median days waited, or a suppression mark when the count is hidden
 * @param breaches   of those, waits to treatment over the standard (started late, or still waiting past it)
 * @param linkable   whether the list behind the figure may be opened (provider side, and some referrals)
 */
record WaitGroup(String key, String name, String referrals, String median, String breaches, boolean linkable) {

    static String medianText(@Nullable Double median) {
        if (median == null) {
            return "–";
        }
        return median % 1 == 0 ? String.valueOf(median.longValue()) : String.valueOf(median);
    }
}
