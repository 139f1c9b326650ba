package org.onedoor.contract.evidence;

import java.util.List;

/**
 * What a payment run reads, already frozen: clients in treatment per month, the outcome events and the outcome
 * measures met (issue 16), for the months the run covers. Built by set-based SQL over a snapshot of the activity (recorded in OneDoor, or loaded from an
 * NDTMS-layout CSV by the command line); the payment engine does arithmetic on it and never queries again.
 */
public record ActivityEvidence(
        List<ClientMonths> clientMonths, List<OutcomeEvent> outcomes, List<MeasureEvent> measures) {

    public ActivityEvidence {
        clientMonths = List.copyOf(clientMonths);
        outcomes = List.copyOf(outcomes);
        measures = List.copyOf(measures);
    }

    /** Evidence without outcome measures: an NDTMS activity file holds none. */
    public ActivityEvidence(List<ClientMonths> clientMonths, List<OutcomeEvent> outcomes) {
        this(clientMonths, outcomes, List.of());
    }
}
