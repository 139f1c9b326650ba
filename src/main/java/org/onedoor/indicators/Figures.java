package org.onedoor.indicators;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What a query counted for one group: a numerator, a denominator where there is one, a median where asked. */
record Figures(
        String group,
        long numerator,
        @Nullable Long denominator,
        @Nullable BigDecimal median) {

    static Figures count(String group, long count) {
        return new Figures(group, count, null, null);
    }

    static Figures share(String group, long numerator, long denominator) {
        return new Figures(group, numerator, denominator, null);
    }
}
