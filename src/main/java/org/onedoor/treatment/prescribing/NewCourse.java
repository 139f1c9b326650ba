package org.onedoor.treatment.prescribing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.treatment.EpisodeId;

/**
 * An opioid substitution treatment course as started for an episode.
 *
 * @param interventionId      the episode's pharmacological intervention the course belongs to (optional)
 * @param pharmacyOrganisation a dispensing pharmacy from the directory, instead of a typed name and code
 * @param supervisedDays      days a week of supervised consumption, when supervised
 */
public record NewCourse(
        EpisodeId episodeId,
        @Nullable UUID interventionId,
        @Nullable String medicine,
        @Nullable String medicineOther,
        @Nullable BigDecimal doseMg,
        @Nullable Instalment instalment,
        boolean supervised,
        @Nullable Integer supervisedDays,
        @Nullable String pharmacyName,
        @Nullable String pharmacyCode,
        @Nullable UUID pharmacyOrganisation,
        @Nullable PrescriberKind prescriberKind,
        @Nullable OrganisationId prescriberOrganisation,
        @Nullable String prescriberName,
        @Nullable LocalDate startedOn,
        @Nullable LocalDate nextReviewOn) {}
