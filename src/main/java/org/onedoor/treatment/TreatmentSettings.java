package org.onedoor.treatment;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How treatment journeys are judged.
 *
 * @param rePresentationWindow how long after a successful completion a new episode counts as a re-presentation:
 *                             calendar months, the end day included (domain reference A7), so a discharge on
 *                             31 August has a window to 28 February
 * @param backdateDays         how many days back an episode's triage or discharge date may lie without a reason for
 *                             recording it late (the reason is audited: these dates decide payments)
 */
@Validated
@ConfigurationProperties("onedoor.treatment")
public record TreatmentSettings(
        @DefaultValue("P6M") Period rePresentationWindow,

        @DefaultValue("14") @jakarta.validation.constraints.Min(0)
        int backdateDays) {}
