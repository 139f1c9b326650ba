package org.onedoor.contract.evidence;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One intervention row of a snapshot, as stored in {@code contract_evidence_intervention}; its file line is its number. */
record ActivityRow(
        int lineNo,
        String clientKey,
        String episodeKey,
        @Nullable String agencyCode,
        @Nullable String operatingAgencyCode,
        @Nullable String practiceCode,
        @Nullable String settingCode,
        @Nullable String interventionCode,
        @Nullable LocalDate referredOn,
        @Nullable LocalDate startedOn,
        @Nullable LocalDate endedOn,
        LocalDate triagedOn,
        @Nullable LocalDate dischargedOn,
        @Nullable String dischargeCode) {}
