package org.onedoor.referral;

/** The counts at the top of the SPOC queue. */
public record QueueSummary(long open, long urgent, long breaches, long waitingStandardDays) {}
