package org.onedoor.contract.whatif;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * One GP practice's share of a scenario (see {@link PracticeShares} for how it is worked out).
 *
 * @param practice     the practice's ODS code, or {@link PracticeAmount#NOT_BY_PRACTICE}
 * @param clientMonths the practice's clients in treatment, summed over the compared months
 * @param byMonth      its share in every compared month
 */
public record PracticeAmount(String practice, long clientMonths, Map<YearMonth, BigDecimal> byMonth, BigDecimal total) {

    /** Money no practice earns: block instalments, and the share of clients with no practice recorded. */
    public static final String NOT_BY_PRACTICE = "Not by practice";
}
