package org.onedoor.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Another referral that may be for the same person, with the reason it was matched. */
public record DuplicateCandidate(
        UUID referralId,
        String reference,
        String name,
        LocalDate dateOfBirth,
        ReferralStatus status,
        Instant receivedAt,
        String reason) {}
