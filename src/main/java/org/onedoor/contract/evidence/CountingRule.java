package org.onedoor.contract.evidence;

/** Who counts as a client in treatment in a month (domain reference A4, §3.8). */
public enum CountingRule {
    /** At least one intervention open on any day of the month: started by its last day, not ended before its first. */
    ANY_DAY_OPEN_INTERVENTION,
    /** At least one intervention open on the census day of the month (clamped to the month's last day). */
    CENSUS_DAY
}
