package org.onedoor.monitoring.dashboard;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.ReportingSubstanceGroup;
import org.onedoor.shared.Messages;

/**
 * The dashboard's filters as typed, with a message per bad field and the typed text kept to show again: the last
 * month of the 12-month window (default: last month; never after this month), a provider or a practice (not both),
 * a contract for the payment summary, and a substance group. Unknown ids are refused, not ignored.
 */
record DashboardFilter(
        String periodText,
        String providerText,
        String practiceText,
        String contractText,
        String groupText,
        YearMonth period,
        @Nullable UUID provider,
        @Nullable UUID practice,
        @Nullable UUID contract,
        @Nullable ReportingSubstanceGroup group,
        Map<String, String> problems) {

    /** The ids a filter may name: anything else is an error at its field. */
    record Choices(Set<UUID> providers, Set<UUID> practices, Set<UUID> contracts) {}

    static DashboardFilter read(
            @Nullable String period,
            @Nullable String provider,
            @Nullable String practice,
            @Nullable String contract,
            @Nullable String group,
            YearMonth thisMonth,
            Choices choices) {
        Map<String, String> problems = new LinkedHashMap<>();
        YearMonth month = month(period, thisMonth, problems);
        UUID providerId = id(provider, "provider", choices.providers(), problems);
        UUID practiceId = id(practice, "practice", choices.practices(), problems);
        if (providerId != null && practiceId != null) {
            problems.put("practice", Messages.text("monitoring.dashboard.practice.withProvider"));
        }
        UUID contractId = id(contract, "contract", choices.contracts(), problems);
        ReportingSubstanceGroup chosen = group(group, problems);
        return new DashboardFilter(
                period == null || period.isBlank() ? month.toString() : period.strip(),
                text(provider),
                text(practice),
                text(contract),
                text(group),
                month,
                providerId,
                practiceId,
                contractId,
                chosen,
                problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    private static String text(@Nullable String typed) {
        return typed == null ? "" : typed.strip();
    }

    private static YearMonth month(@Nullable String typed, YearMonth thisMonth, Map<String, String> problems) {
        YearMonth lastMonth = thisMonth.minusMonths(1);
        if (typed == null || typed.isBlank()) {
            return lastMonth;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(typed.strip());
        } catch (DateTimeParseException notAMonth) {
            problems.put("period", Messages.text("monitoring.dashboard.period.notAMonth"));
            return lastMonth;
        }
        if (month.isAfter(thisMonth)) {
            problems.put("period", Messages.text("monitoring.dashboard.period.future", thisMonth.toString()));
            return lastMonth;
        }
        if (month.getYear() < 1990) {
            problems.put("period", Messages.text("monitoring.dashboard.period.tooEarly"));
            return lastMonth;
        }
        return month;
    }

    private static @Nullable UUID id(
            @Nullable String typed, String field, Set<UUID> known, Map<String, String> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            UUID id = UUID.fromString(typed.strip());
            if (known.contains(id)) {
                return id;
            }
        } catch (IllegalArgumentException notAnId) {
            // the same message as an id that is not one of the choices
        }
        String key = "monitoring.dashboard." + field + ".unknown";
        problems.put(field, Messages.text(key));
        return null;
    }

    private static @Nullable ReportingSubstanceGroup group(@Nullable String typed, Map<String, String> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return Arrays.stream(ReportingSubstanceGroup.values())
                .filter(g -> g.name().equals(typed.strip()))
                .findFirst()
                .orElseGet(() -> {
                    problems.put("group", Messages.text("monitoring.dashboard.group.unknown"));
                    return null;
                });
    }
}
