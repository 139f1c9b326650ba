package org.onedoor.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.NhsNumber;
import org.onedoor.shared.Sex;

/** Everything the single point of contact holds about one referral, with labels people read, and its history. */
public record ReferralView(
        UUID id,
        String reference,
        Channel channel,
        ReferralStatus status,
        boolean urgent,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Sex sex,
        @Nullable String nhsNumber,
        @Nullable String postcode,
        ContactDetails contact,
        @Nullable String gpPracticeName,
        String source,
        @Nullable String referrerName,
        @Nullable String referrerOrganisation,
        List<String> substances,
        List<Risk> risks,
        @Nullable String notes,
        Instant receivedAt,
        String receivedBy,
        Triage triage,
        List<ReferralEvent> history,
        @Nullable ClientLink client) {

    /** The shared client record an accepted referral is about (the survivor, when the record was merged). */
    public record ClientLink(UUID id, String reference) {}

    /** How far triage and allocation have gone (all absent before triage). */
    public record Triage(
            @Nullable TriageOutcome outcome,
            @Nullable String reason,
            String mainSubstanceGroup,
            @Nullable String neededIntervention,
            @Nullable String neededInterventionLabel,
            @Nullable String substanceGroup,
            @Nullable String substanceGroupLabel,
            @Nullable String allocatedToName,
            @Nullable String routingReason,
            @Nullable String overrideReason,
            @Nullable String returnReason) {}

    public String name() {
        return givenName + " " + familyName;
    }

    /**
     * The NHS number as people read it: 943 476 5919. An imported referral's number is unchecked, so one that is not
     * ten digits is shown as stored rather than failing the page.
     */
    public @Nullable String nhsNumberShown() {
        return nhsNumber == null ? null : NhsNumber.format(nhsNumber);
    }
}
