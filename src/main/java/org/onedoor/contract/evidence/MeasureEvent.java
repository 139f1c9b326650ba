package org.onedoor.contract.evidence;

import java.time.LocalDate;

/**
 * One outcome measure the evidence shows a client met (issue 16 item 4), read from assessment's
 * {@code report_outcome}: the measure's name (an {@code OutcomeMeasurePayment.Measure}), the pseudonymous client and
 * episode keys (ADR 0010) and the day the evidence shows it (the 6-month review, the test, the health check).
 */
public record MeasureEvent(String measure, String clientKey, String episodeKey, LocalDate evidenceShown) {}
