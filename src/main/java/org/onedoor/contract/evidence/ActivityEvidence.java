package org.onedoor.contract.evidence;

import java.util.List;

/**
 * What a payment run reads, already frozen: clients in treatment per month and the outcome events, for the months
 * the run covers. Built by set-based SQL over a snapshot of the activity (recorded in OneDoor, or loaded from an
 * NDTMS-layout CSV by the command line); the payment engine does arithmetic on it and never queries again.
 */
public record ActivityEvidence(List<ClientMonths> clientMonths, List<OutcomeEvent> outcomes) {

    public ActivityEvidence {
        clientMonths = List.copyOf(clientMonths);
        outcomes = List.copyOf(outcomes);
    }
}
