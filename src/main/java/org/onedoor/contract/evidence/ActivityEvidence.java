package org.onedoor.contract.evidence;

import java.util.List;
import java.util.Optional;

/**
 * What a payment run reads, already frozen: clients in treatment per month, the outcome events and the outcome
 * measures met (issue 16), for the months the run covers, and the indicators a quality withhold is released on as
 * measured for the snapshot (issue 17 item 6). Built by set-based SQL over a snapshot of the activity (recorded in
 * OneDoor, or loaded from an NDTMS-layout CSV by the command line); the payment engine does arithmetic on it and never
 * queries again.
 */
public record ActivityEvidence(
        List<ClientMonths> clientMonths,
        List<OutcomeEvent> outcomes,
        List<MeasureEvent> measures,
        List<MeasuredIndicator> indicators) {

    public ActivityEvidence {
        clientMonths = List.copyOf(clientMonths);
        outcomes = List.copyOf(outcomes);
        measures = List.copyOf(measures);
        indicators = List.copyOf(indicators);
    }

    public ActivityEvidence(List<ClientMonths> clientMonths, List<OutcomeEvent> outcomes, List<MeasureEvent> measures) {
        this(clientMonths, outcomes, measures, List.of());
    }

    /** Evidence without outcome measures: an NDTMS activity file holds none. */
    public ActivityEvidence(List<ClientMonths> clientMonths, List<OutcomeEvent> outcomes) {
        this(clientMonths, outcomes, List.of(), List.of());
    }

    /** The same evidence with these indicators measured (added to any it has). */
    public ActivityEvidence withIndicators(List<MeasuredIndicator> measured) {
        if (measured.isEmpty()) {
            return this;
        }
        List<MeasuredIndicator> all = new java.util.ArrayList<>(indicators);
        all.addAll(measured);
        return new ActivityEvidence(clientMonths, outcomes, measures, all);
    }

    /** The indicator as measured for the period, if it was. */
    public Optional<MeasuredIndicator> indicator(String id, String period) {
        return indicators.stream()
                .filter(i -> i.indicator().equals(id) && i.period().equals(period))
                .findFirst();
    }
}
