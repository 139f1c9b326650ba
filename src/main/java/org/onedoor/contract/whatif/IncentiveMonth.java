package org.onedoor.contract.whatif;

import java.time.YearMonth;

/**
 * The perverse-incentive monitor for one month, from the same snapshot as the payments: a model that pays per client
 * a month rewards keeping people in treatment, one that pays on completion rewards discharging them early; watching
 * these beside the money shows whether activity bends towards the tariff.
 *
 * @param clients         distinct clients in treatment (the contract's counting rule)
 * @param starts          episodes whose first intervention started in the month
 * @param unplannedExits  episodes discharged in the month as incomplete: dropped out (85), withdrawn by the
 *                        provider (86), declined to start (88)
 * @param rePresentations episodes triaged in the month of a client whose earlier episode ended in a qualifying
 *                        completion within the re-presentation window before (a stage-1 payment that did not last)
 */
public record IncentiveMonth(YearMonth month, int clients, int starts, int unplannedExits, int rePresentations) {}
