package org.onedoor.partnership;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A practice that offers an intervention for a substance group on a date, and how many places it has left that
 * month for new clients.
 *
 * @param monthlyCapacity absent when the practice states no limit
 * @param heldThisMonth   places already held by allocated referrals in that calendar month
 * @param remaining       places left; absent when there is no limit
 */
public record PracticeOfferAvailability(
        UUID practiceId,
        String odsCode,
        String practiceName,
        String intervention,
        String substanceGroup,
        @Nullable Integer monthlyCapacity,
        int heldThisMonth,
        @Nullable Integer remaining) {

    public boolean hasCapacity() {
        return remaining == null || remaining > 0;
    }
}
