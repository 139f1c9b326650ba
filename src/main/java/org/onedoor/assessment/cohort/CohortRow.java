package org.onedoor.assessment.cohort;

import java.util.List;
import java.util.UUID;

/** One cohort's outcome measures: the organisation that made the start records, and a count per measure. */
public record CohortRow(UUID organisationId, String organisation, List<MeasureCount> measures) {}
