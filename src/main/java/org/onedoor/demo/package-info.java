/**
 * The demonstration partnership: a deterministic generator (fixed seed, idempotent on restart) that builds a
 * fictional partnership through the module APIs, scaled by settings, and prints the demo sign-ins. Runs only in the
 * demo profile. Each capability adds its {@link org.onedoor.demo.DemoStep}: organisations, staff, practice menus,
 * referrals, clients, treatment, activity, outcome records and a contract.
 */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {
            "security",
            "partnership",
            "referral",
            "client",
            "treatment",
            "treatment::careplan",
            "treatment::appointments",
            "treatment::groupwork",
            "treatment::harmreduction",
            "treatment::prescribing",
            "treatment::family",
            "contract::store",
            "contract::runs",
            "assessment",
            "monitoring"
        })
@NullMarked
package org.onedoor.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
