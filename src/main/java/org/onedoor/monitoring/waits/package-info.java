/** Waiting times as a page: median waits and breaches by service and practice from referral.WaitingTimes, with the referrals behind a figure for provider-side staff (issue 18 item 7). */
@NullMarked
package org.onedoor.monitoring.waits;

import org.jspecify.annotations.NullMarked;
