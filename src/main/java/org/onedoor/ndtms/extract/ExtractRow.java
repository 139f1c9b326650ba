package org.onedoor.ndtms.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One row of the extract as read from the report views: a client's episode at the agency with one of its
 * interventions (or none yet), dates after the extract's cut-off already left out.
 *
 * @param consent {@code Y} given, {@code N} refused or withdrawn, null when no decision is recorded
 */
record ExtractRow(
        UUID clientId,
        String clientReference,
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable LocalDate dateOfBirth,
        @Nullable String sex,
        @Nullable String ethnicity,
        @Nullable String postcode,
        @Nullable String accommodation,
        @Nullable String practiceCode,
        @Nullable String consent,
        String agencyCode,
        UUID episodeId,
        @Nullable LocalDate referredOn,
        @Nullable String referralSource,
        @Nullable LocalDate triagedOn,
        @Nullable LocalDate carePlanStartedOn,
        @Nullable LocalDate dischargedOn,
        @Nullable String dischargeReason,
        List<Substance> substances,
        @Nullable Intervention intervention) {

    /** A problem substance as recorded, with its NDTMS code (null when the code list gives none). */
    record Substance(String code, @Nullable String ndtmsCode) {}

    /** One intervention (NDTMS modality) of the episode. */
    record Intervention(
            UUID id,
            String type,
            @Nullable String ndtmsCode,
            @Nullable String operatingAgency,
            @Nullable LocalDate referredOn,
            @Nullable LocalDate firstOfferedOn,
            @Nullable LocalDate startedOn,
            @Nullable LocalDate endedOn,
            @Nullable String exitStatus) {}
}
