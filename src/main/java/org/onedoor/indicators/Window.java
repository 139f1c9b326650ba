package org.onedoor.indicators;

import java.time.LocalDate;
import java.time.YearMonth;

/** A period an indicator is computed over: whole months, first day to last day, named {@code yyyy-MM..yyyy-MM}. */
record Window(YearMonth first, YearMonth last) {

    LocalDate from() {
        return first.atDay(1);
    }

    LocalDate to() {
        return last.atEndOfMonth();
    }

    String label() {
        return first + ".." + last;
    }

    /** Final once the as-of date is at least 6 calendar months after the window's last day. */
    IndicatorRow.Status status(LocalDate asOf, int months) {
        return asOf.isBefore(to().plusMonths(months)) ? IndicatorRow.Status.PROVISIONAL : IndicatorRow.Status.FINAL;
    }
}
