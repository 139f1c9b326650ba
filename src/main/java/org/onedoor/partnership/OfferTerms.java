package org.onedoor.partnership;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of a practice's menu as the practice states it.
 *
 * @param intervention     a code from the menu's intervention list, such as {@code EXTENDED_BRIEF_INTERVENTION}
 * @param substanceGroup   a code from the substance group list, such as {@code ALCOHOL}
 * @param monthlyCapacity  new clients the practice can take each month; absent for no stated limit
 */
public record OfferTerms(
        String intervention,
        String substanceGroup,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        @Nullable Integer monthlyCapacity) {}
