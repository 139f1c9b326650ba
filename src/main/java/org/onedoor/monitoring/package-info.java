/**
 * Monitoring: what commissioners, providers and practices watch — dashboards by role over the indicators engine and
 * contract's {@code report_payment_summary} view, small numbers suppressed outside the provider side, emerging
 * substance trends, staff drug alerts, perverse-incentive monitors and the quarterly performance report (issue 18).
 * It computes nothing the indicators engine does not; the home page shows its alerts by page composition
 * ({@code hx-get}), so {@code site} does not depend on it.
 */
@ApplicationModule(
        displayName = "Monitoring",
        allowedDependencies = {
            "security",
            "audittrail",
            "partnership",
            "client",
            "client::spi",
            "referral",
            "treatment",
            "assessment",
            "indicators",
            "contract"
        })
@NullMarked
package org.onedoor.monitoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
