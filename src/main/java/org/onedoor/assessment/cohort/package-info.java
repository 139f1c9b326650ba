/**
 * Cohort outcome measures (issue 16 item 3): each client's start outcome record paired with their 6-month review,
 * the measures defined on the pair ({@link org.onedoor.assessment.cohort.OutcomeMeasure}, thresholds from {@link
 * org.onedoor.assessment.cohort.CohortSettings}) and counted in one statement over
 * assessment's own outcome tables ({@link org.onedoor.assessment.cohort.CohortOutcomes}), per team or practice, partner
 * or substance group.
 */
@NullMarked
package org.onedoor.assessment.cohort;

import org.jspecify.annotations.NullMarked;
