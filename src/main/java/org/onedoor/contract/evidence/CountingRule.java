package org.onedoor.contract.evidence;

/** Who counts as a client in treatment in a month (domain reference A4, §3.8). */
public enum CountingRule {
    /** At least one intervention open on any day of the month: started by its last day, not ended before its first. */
    ANY_DAY_OPEN_INTERVENTION,
    /** At least one intervention open on the census day of the month (clamped to the month's last day). */
    CENSUS_DAY,
    /**
     * At least one attended contact dated in the month (an appointment attended, or a group session attended) on a
     * day one of the client's interventions was open, of the contact's episode for an appointment. Only treatment
     * recorded in OneDoor holds contacts; an NDTMS activity file has none.
     */
    ATTENDED_CONTACT;

    /** Whether the rule reads contacts, which only a snapshot of OneDoor's records holds. */
    public boolean countsContacts() {
        return this == ATTENDED_CONTACT;
    }
}
