/**
 * Outcome instruments held as data: versioned definitions under {@code src/main/resources/instruments/<id>/v<n>.yaml}
 * (items, answer types, ranges, scoring, bands, the NDTMS field each item maps to), read and checked once at start-up
 * by {@link org.onedoor.assessment.instrument.Instruments}, answers checked item by item by
 * {@link org.onedoor.assessment.instrument.AnswerCheck} and scored by the one generic
 * {@link org.onedoor.assessment.instrument.Scorer}, which hands AUDIT, AUDIT-C and FAST to the alcohol scorer rather
 * than copying it (ADR 0013-instruments-as-data). Internal to the assessment module.
 */
@NullMarked
package org.onedoor.assessment.instrument;

import org.jspecify.annotations.NullMarked;
