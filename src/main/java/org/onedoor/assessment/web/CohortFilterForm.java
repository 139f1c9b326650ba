package org.onedoor.assessment.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.ReportingSubstanceGroup;
import org.onedoor.assessment.cohort.CohortBreakdown;
import org.onedoor.assessment.cohort.CohortFilter;
import org.onedoor.shared.Messages;

/**
 * The cohort page's filters as typed, read into a {@link CohortFilter} (default: the 12 months to today, one cohort
 * per team or practice) with a message per bad field; the typed text is kept to show again.
 */
record CohortFilterForm(
        String from,
        String to,
        String organisation,
        String partner,
        String substanceGroup,
        String by,
        CohortFilter filter,
        Map<String, String> problems) {

    static CohortFilterForm read(
            @Nullable String from,
            @Nullable String to,
            @Nullable String organisation,
            @Nullable String partner,
            @Nullable String substanceGroup,
            @Nullable String by,
            LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate toDate = date(to, today, "to", "The end of the period", problems);
        LocalDate fromDate = date(from, today.minusYears(1).plusDays(1), "from", "The start of the period", problems);
        if (problems.isEmpty() && fromDate.isAfter(toDate)) {
            problems.put("to", Messages.text("assessment.cohort.to.beforeFrom"));
        }
        UUID organisationId =
                id(organisation, "organisation", Messages.text("assessment.cohort.organisation.unknown"), problems);
        UUID partnerId = id(partner, "partner", Messages.text("assessment.cohort.partner.unknown"), problems);
        ReportingSubstanceGroup group = choice(
                ReportingSubstanceGroup.class,
                substanceGroup,
                "substanceGroup",
                Messages.text("assessment.cohort.substanceGroup.unknown"),
                problems);
        CohortBreakdown breakdown =
                choice(CohortBreakdown.class, by, "by", Messages.text("assessment.cohort.by.unknown"), problems);
        return new CohortFilterForm(
                from == null ? fromDate.toString() : from,
                to == null ? toDate.toString() : to,
                organisation == null ? "" : organisation,
                partner == null ? "" : partner,
                substanceGroup == null ? "" : substanceGroup,
                breakdown == null ? CohortBreakdown.ORGANISATION.name() : breakdown.name(),
                new CohortFilter(
                        fromDate,
                        toDate,
                        organisationId,
                        partnerId,
                        group,
                        breakdown == null ? CohortBreakdown.ORGANISATION : breakdown),
                problems);
    }

    /** Years a period may name: any other is not a date anyone means, and not one every database holds. */
    static final int EARLIEST_YEAR = 1900;

    static final int LATEST_YEAR = 9999;

    private static LocalDate date(
            @Nullable String typed, LocalDate otherwise, String field, String what, Map<String, String> problems) {
        if (typed == null || typed.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate date = LocalDate.parse(typed.strip());
            if (date.getYear() >= EARLIEST_YEAR && date.getYear() <= LATEST_YEAR) {
                return date;
            }
        } catch (DateTimeParseException notADate) {
            // the same message as a date out of range
        }
        problems.put(field, Messages.text("assessment.cohort.date.notADate", what));
        return otherwise;
    }

    private static @Nullable UUID id(
            @Nullable String typed, String field, String message, Map<String, String> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(typed.strip());
        } catch (IllegalArgumentException notAnId) {
            problems.put(field, message);
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E choice(
            Class<E> type, @Nullable String typed, String field, String message, Map<String, String> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(typed.strip()))
                .findFirst()
                .orElseGet(() -> {
                    problems.put(field, message);
                    return null;
                });
    }
}
