package org.onedoor.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A referral waiting in a receiving organisation's inbox. */
public record InboxEntry(
        UUID id,
        String reference,
        String name,
        LocalDate dateOfBirth,
        boolean urgent,
        String neededIntervention,
        String substanceGroup,
        Instant allocatedAt,
        String routingReason) {}
