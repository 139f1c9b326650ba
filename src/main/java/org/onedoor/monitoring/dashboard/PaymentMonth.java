package org.onedoor.monitoring.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * One contract's statement for one month from contract's {@code report_payment_summary}: the net amount of each rule
 * kind (a withhold negative while held), the statement's total and its status.
 */
record PaymentMonth(String contract, YearMonth month, String status, Map<String, BigDecimal> byKind, BigDecimal total) {

    static final String WITHHOLD = "QUALITY_WITHHOLD";

    PaymentMonth {
        byKind = Map.copyOf(byKind);
    }

    BigDecimal amount(String kind) {
        return byKind.getOrDefault(kind, BigDecimal.ZERO.setScale(2));
    }

    /** What the quality withhold holds back this month, as a positive amount (negative when it releases). */
    BigDecimal withheld() {
        return amount(WITHHOLD).negate();
    }
}
