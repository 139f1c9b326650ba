package org.onedoor.contract.rules;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** The months a rule is in force, both ends inclusive; an open end ({@code to} null) runs until replaced. */
public record EffectivePeriod(YearMonth from, @Nullable YearMonth to) {

    public static EffectivePeriod from(YearMonth from) {
        return new EffectivePeriod(from, null);
    }

    public static EffectivePeriod of(FinancialYear year) {
        return new EffectivePeriod(year.first(), year.last());
    }

    public boolean covers(YearMonth month) {
        return !month.isBefore(from) && (to == null || !month.isAfter(to));
    }

    public boolean overlaps(EffectivePeriod other) {
        boolean thisEndsBefore = to != null && to.isBefore(other.from);
        boolean otherEndsBefore = other.to != null && other.to.isBefore(from);
        return !thisEndsBefore && !otherEndsBefore;
    }

    public boolean overlaps(FinancialYear year) {
        return overlaps(of(year));
    }

    public boolean isBackwards() {
        return to != null && to.isBefore(from);
    }

    @Override
    public String toString() {
        return from + " to " + (to == null ? "open" : to.toString());
    }
}
