package org.onedoor.assessment.cohort;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.ReportingSubstanceGroup;

/**
 * Which pairs count and how they are broken down: the 6-month reviews done from {@code from} to {@code to}
 * (both included), optionally only those whose start record the organisation made, whose episode is with the
 * partner, or whose episode is in the substance group.
 */
public record CohortFilter(
        LocalDate from,
        LocalDate to,
        @Nullable UUID organisation,
        @Nullable UUID partner,
        @Nullable ReportingSubstanceGroup substanceGroup,
        CohortBreakdown by) {

    public static CohortFilter byOrganisation(LocalDate from, LocalDate to, @Nullable UUID organisation) {
        return new CohortFilter(from, to, organisation, null, null, CohortBreakdown.ORGANISATION);
    }
}
