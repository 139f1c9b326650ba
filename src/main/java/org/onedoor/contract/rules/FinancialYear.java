package org.onedoor.contract.rules;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/** An English financial year, 1 April to 31 March, named by the calendar year it starts in (2016 is 2016/17). */
public record FinancialYear(int startYear) {

    public static FinancialYear of(YearMonth month) {
        return new FinancialYear(month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1);
    }

    public static FinancialYear of(LocalDate day) {
        return of(YearMonth.from(day));
    }

    public YearMonth first() {
        return YearMonth.of(startYear, Month.APRIL);
    }

    public YearMonth last() {
        return YearMonth.of(startYear + 1, Month.MARCH);
    }

    /** April to March, in order. */
    public List<YearMonth> months() {
        return IntStream.range(0, 12).mapToObj(first()::plusMonths).toList();
    }

    /** The month of this year in which {@code month} falls (April 2016 for APRIL in 2016/17, March 2017 for MARCH). */
    public YearMonth monthOf(Month month) {
        return YearMonth.of(month.getValue() >= 4 ? startYear : startYear + 1, month);
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first()) && !month.isAfter(last());
    }

    public boolean contains(LocalDate day) {
        return contains(YearMonth.from(day));
    }

    @Override
    public String toString() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
