package org.onedoor.contract.evidence;

import java.time.LocalDate;

/**
 * One outcome the evidence proves: for {@link OutcomeStage#COMPLETION} its evidence is complete on the discharge
 * date; for {@link OutcomeStage#SUSTAINED_EXIT} on the day after the re-presentation window ends with no return.
 * The client and episode keys are pseudonymous (never a name or NHS number) so a statement can show them to the
 * commissioner.
 *
 * @param evidenceComplete the day the payment becomes due; it falls in the statement month containing this date
 */
public record OutcomeEvent(
        OutcomeStage stage,
        String clientKey,
        String episodeKey,
        LocalDate discharged,
        String dischargeCode,
        LocalDate evidenceComplete) {}
