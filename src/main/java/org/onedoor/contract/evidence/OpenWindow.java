package org.onedoor.contract.evidence;

import java.time.LocalDate;

/**
 * Qualifying completions whose re-presentation window is still open on a day: how many episodes were discharged on
 * {@code discharged} with {@code dischargeCode}, none of whose clients has come back (been triaged again, anywhere)
 * since. Each may earn a stage-2 payment the day after its window ends.
 */
public record OpenWindow(LocalDate discharged, String dischargeCode, int episodes) {}
