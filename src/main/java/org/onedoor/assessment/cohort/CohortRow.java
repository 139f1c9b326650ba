package org.onedoor.assessment.cohort;

import java.util.List;

/**
 * One cohort's outcome measures, a count per measure. {@code key} is what the cohort is: the organisation's or
 * partner's id, or the substance group's name; empty when not known (an episode treatment has not told about).
 */
public record CohortRow(String key, String label, List<MeasureCount> measures) {}
