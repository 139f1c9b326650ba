/** Emerging substance trends: monthly mentions in referrals, episodes and TOPs, flagged when new to the area or rising (issue 18 item 4). */
@NullMarked
package org.onedoor.monitoring.trends;

import org.jspecify.annotations.NullMarked;
