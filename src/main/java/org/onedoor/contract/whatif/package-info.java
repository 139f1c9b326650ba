/**
 * What-if comparison of payment models (domain reference 10.4 "shadow run", 11.3, A15): any set of named rule sets
 * ({@link org.onedoor.contract.whatif.Scenario}) run by the same engine over the same frozen evidence snapshot and
 * months, side by side by month, by financial year and by GP practice, with a perverse-incentive monitor (starts,
 * unplanned exits, re-presentations a month) read from the same snapshot. The three models of the seed report are
 * presets: {@link org.onedoor.contract.whatif.Scenarios}. Nothing here is stored: a comparison is recomputed on
 * demand, so it can never be mistaken for a payment run.
 */
@NullMarked
package org.onedoor.contract.whatif;

import org.jspecify.annotations.NullMarked;
