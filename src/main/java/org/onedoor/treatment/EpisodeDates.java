package org.onedoor.treatment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The NDTMS date order of an episode (§3.7), written once for {@link TreatmentEpisode}, {@link Intervention} and the
 * bulk import's {@link TreatmentImportCheck}: each method answers whether one pair of dates is in order, a missing
 * date being in order. The callers word their own messages (field errors on screens, row messages in an import).
 */
final class EpisodeDates {

    private EpisodeDates() {}

    /** Nothing is recorded for a day after today. */
    static boolean notFuture(@Nullable LocalDate date, LocalDate today) {
        return date == null || !date.isAfter(today);
    }

    /** Triage is on or after the referral. */
    static boolean triageInOrder(LocalDate referredOn, LocalDate triagedOn) {
        return !triagedOn.isBefore(referredOn);
    }

    /** The care plan starts on or after triage. */
    static boolean carePlanInOrder(LocalDate triagedOn, @Nullable LocalDate carePlanStartedOn) {
        return onOrAfter(carePlanStartedOn, triagedOn);
    }

    /** Discharge is on or after triage. */
    static boolean dischargeInOrder(LocalDate triagedOn, @Nullable LocalDate dischargedOn) {
        return onOrAfter(dischargedOn, triagedOn);
    }

    /** A date inside the episode (care plan, an intervention's referral or end) is on or before its discharge. */
    static boolean byEpisodeEnd(@Nullable LocalDate date, @Nullable LocalDate dischargedOn) {
        return onOrAfter(dischargedOn, date);
    }

    /** The referral to an intervention is on or after the episode's referral. */
    static boolean interventionReferralInOrder(LocalDate episodeReferredOn, LocalDate interventionReferredOn) {
        return !interventionReferredOn.isBefore(episodeReferredOn);
    }

    /** An intervention's first offer or start is on or after the referral to it. */
    static boolean afterInterventionReferral(LocalDate interventionReferredOn, @Nullable LocalDate date) {
        return onOrAfter(date, interventionReferredOn);
    }

    /**
     * An intervention starts on or after its first offer. Checked by the import; a worker's start records the first
     * offer on the same day when none was recorded.
     */
    static boolean startInOrder(@Nullable LocalDate firstOfferedOn, @Nullable LocalDate startedOn) {
        return onOrAfter(startedOn, firstOfferedOn);
    }

    /** An intervention ends on or after it started (or, never started, after the referral to it). */
    static boolean endInOrder(LocalDate startedOrReferredOn, @Nullable LocalDate endedOn) {
        return onOrAfter(endedOn, startedOrReferredOn);
    }

    /** A sub-intervention starts on a day of its started intervention: on or after the start, by the end if any. */
    static boolean subInOrder(@Nullable LocalDate startedOn, @Nullable LocalDate endedOn, LocalDate subStartedOn) {
        return startedOn != null
                && !subStartedOn.isBefore(startedOn)
                && (endedOn == null || !subStartedOn.isAfter(endedOn));
    }

    private static boolean onOrAfter(@Nullable LocalDate later, @Nullable LocalDate earlier) {
        return later == null || earlier == null || !later.isBefore(earlier);
    }
}
