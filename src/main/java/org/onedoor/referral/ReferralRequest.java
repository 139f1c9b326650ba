package org.onedoor.referral;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A referral sent by another system through {@code POST /api/v1/referrals}. */
@Schema(description = "A referral from another system. Codes come from OneDoor's referral code lists.")
record ReferralRequest(
        @Schema(example = "Sam") @Nullable String givenName,
        @Schema(example = "Jones") @Nullable String familyName,
        @Schema(example = "1985-03-27") @Nullable LocalDate dateOfBirth,

        @Schema(
                example = "FEMALE",
                allowableValues = {"FEMALE", "MALE", "OTHER", "NOT_STATED"})
        @Nullable
        String sex,

        @Schema(example = "9434765919", description = "10 digits, Modulus 11 checked") @Nullable
        String nhsNumber,

        @Schema(example = "NV1 4AP") @Nullable String postcode,
        @Nullable String telephone,
        @Nullable String email,
        @Nullable Boolean mayText,
        @Nullable Boolean mayVoicemail,
        @Nullable Boolean mayWrite,

        @Schema(example = "Y90001", description = "ODS code of the registered GP practice") @Nullable
        String gpPracticeOdsCode,

        @Schema(example = "GP", description = "A referral source code") @Nullable
        String source,

        @Schema(example = "Dr A Patel") @Nullable String referrerName,
        @Schema(example = "Oakwood Surgery") @Nullable String referrerOrganisation,

        @Schema(example = "[\"ALCOHOL\"]", description = "One to three substance codes, main first") @Nullable
        List<String> substances,

        @Schema(example = "[\"PREGNANCY\"]") @Nullable List<String> risks,
        @Nullable String notes) {}
