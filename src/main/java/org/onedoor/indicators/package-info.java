/**
 * Indicators: the definitions of the KPIs and PHOF C19a-c commissioners review, held as data
 * ({@code indicators/definitions.yaml}), and their set-based SQL over one relation, {@code indicator_intervention},
 * built from the modules' report views (docs/indicators.md). {@link org.onedoor.indicators.Indicators} computes them
 * on request, never from a cache, for the server, the monitoring screens, the quality withhold and the
 * {@code indicators} command line.
 */
@ApplicationModule(
        displayName = "Indicators",
        allowedDependencies = {"security", "partnership", "client", "referral", "treatment", "assessment", "ndtms"})
@NullMarked
package org.onedoor.indicators;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
