package org.onedoor.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RePresentationPolicyTest {

    private final RePresentationPolicy policy = new RePresentationPolicy(Period.ofMonths(6));

    /** The date cases of domain reference A7, the day before, on and after each window's end. */
    @ParameterizedTest(name = "completed {0}, back {1}: re-presentation {2}")
    @CsvSource({
        "2016-08-31, 2017-02-27, true",
        "2016-08-31, 2017-02-28, true",
        "2016-08-31, 2017-03-01, false",
        "2016-09-30, 2017-03-30, true",
        "2016-09-30, 2017-03-31, false",
        "2016-04-15, 2016-10-15, true",
        "2016-04-15, 2016-10-16, false",
        "2016-04-15, 2016-04-15, true",
        "2016-04-15, 2016-04-14, false"
    })
    void countsAReturnWithinSixCalendarMonthsEndDayIncluded(LocalDate completed, LocalDate back, boolean counts) {
        var completion = new RePresentationPolicy.Completion(UUID.randomUUID(), completed);
        assertThat(policy.returnedTo(List.of(completion), back).isPresent()).isEqualTo(counts);
    }

    @ParameterizedTest(name = "window {0}: ends {2} for a completion on {1}")
    @CsvSource({"P6M, 2016-08-31, 2017-02-28", "P6M, 2016-09-30, 2017-03-30", "P182D, 2016-04-15, 2016-10-14"})
    void endsTheWindowAsConfigured(String window, LocalDate completed, LocalDate end) {
        assertThat(new RePresentationPolicy(Period.parse(window)).windowEnd(completed))
                .isEqualTo(end);
    }

    @org.junit.jupiter.api.Test
    void returnsToTheLatestCompletion() {
        var older = new RePresentationPolicy.Completion(UUID.randomUUID(), LocalDate.of(2016, 1, 10));
        var latest = new RePresentationPolicy.Completion(UUID.randomUUID(), LocalDate.of(2016, 3, 10));
        assertThat(policy.returnedTo(List.of(older, latest), LocalDate.of(2016, 5, 1)))
                .contains(latest);
    }
}
