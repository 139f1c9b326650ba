package org.onedoor.ndtms.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ExtractPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void runsFromTheFirstOfAprilOfTheFinancialYearToTheMonthsEnd() {
        ExtractPeriod november = ExtractPeriod.of(YearMonth.of(2016, 11), TODAY);
        assertThat(november.yearStart()).isEqualTo(LocalDate.of(2016, 4, 1));
        assertThat(november.cutOff()).isEqualTo(LocalDate.of(2016, 11, 30));
    }

    @Test
    void putsJanuaryToMarchInTheYearThatBeganTheAprilBefore() {
        assertThat(ExtractPeriod.of(YearMonth.of(2017, 3), TODAY).yearStart()).isEqualTo(LocalDate.of(2016, 4, 1));
        assertThat(ExtractPeriod.of(YearMonth.of(2017, 4), TODAY).yearStart()).isEqualTo(LocalDate.of(2017, 4, 1));
    }

    @Test
    void stopsAtTodayWhileTheMonthIsRunning() {
        assertThat(ExtractPeriod.of(YearMonth.of(2026, 11), TODAY).cutOff()).isEqualTo(TODAY);
        assertThat(ExtractPeriod.of(YearMonth.of(2026, 10), TODAY).cutOff()).isEqualTo(LocalDate.of(2026, 10, 31));
    }
}
