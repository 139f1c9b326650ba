package org.onedoor.assessment.cohort;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which review is a start record's 6-month review: the one nearest {@code reviewWeeks} after the start, within
 * {@code toleranceWeeks} either side, both ends included; of two equally near, the earlier. {@link CohortOutcomes}
 * makes the same choice in SQL; this is its definition, tested at the boundaries.
 */
public final class SixMonthReview {

    private final CohortSettings settings;

    public SixMonthReview(CohortSettings settings) {
        this.settings = settings;
    }

    public boolean inWindow(LocalDate start, LocalDate review) {
        long days = ChronoUnit.DAYS.between(start, review);
        return days >= settings.earliestDays() && days <= settings.latestDays();
    }

    public Optional<LocalDate> choose(LocalDate start, Collection<LocalDate> reviews) {
        LocalDate target = start.plusDays(settings.targetDays());
        return reviews.stream()
                .filter(review -> inWindow(start, review))
                .min(Comparator.comparingLong((LocalDate review) -> Math.abs(ChronoUnit.DAYS.between(target, review)))
                        .thenComparing(Comparator.naturalOrder()));
    }
}
