/**
 * Commissioning: contracts with their funding and versioned payment rules (block, retainer, per client per month
 * with stretch and cap, payment by outcomes, quality withhold), monthly payment runs over a frozen snapshot of the
 * treatment evidence, statements whose every line explains itself, budgets with reserve, and what-if comparison of
 * payment models. The same engine and SQL run in the server and in the {@code payments} command line. Its evidence
 * comes from treatment's {@code report_episode}, {@code report_intervention} and {@code report_contact} views and
 * partnership's {@code report_organisation}, never their tables (docs/adr/0011); the outcome measures clients met come
 * from assessment's {@code report_outcome} through the one definition {@code assessment.cohort} publishes
 * (docs/adr/0017).
 */
@ApplicationModule(
        displayName = "Commissioning contracts and payments",
        allowedDependencies = {"security", "partnership", "treatment", "assessment::cohort", "ndtms", "indicators"})
@NullMarked
package org.onedoor.contract;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
