/**
 * Cohort outcome measures (issue 16 item 3): each client's start outcome record paired with their 6-month review,
 * the measures defined on the pair ({@link org.onedoor.assessment.cohort.OutcomeMeasure}, thresholds from {@link
 * org.onedoor.assessment.cohort.CohortSettings}) and counted per organisation in one statement over
 * {@code report_outcome} ({@link org.onedoor.assessment.cohort.CohortOutcomes}). The same pairs and definitions give
 * the measures each client met ({@link org.onedoor.assessment.cohort.OutcomeMeasureEvents}), published as a named
 * interface so that contract pays on exactly what the cohort counts (docs/adr/0017).
 */
@NamedInterface("cohort")
@NullMarked
package org.onedoor.assessment.cohort;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
