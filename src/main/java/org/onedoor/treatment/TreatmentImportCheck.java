package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link TreatmentImport} checks before it saves anything: known codes and the dates of each episode in NDTMS
 * order (referral, triage, care plan; intervention referral, first offer, start, end; discharge on or after the last
 * end) by the {@link EpisodeDates} the episode aggregate keeps too, nothing after today, episodes one after another
 * with only the last open, and a transfer continued by an episode at another provider.
 */
final class TreatmentImportCheck {

    private final Codes codes;
    private final LocalDate today;

    TreatmentImportCheck(Codes codes, LocalDate today) {
        this.codes = codes;
        this.today = today;
    }

    void check(int index, ImportedTreatment treatment) {
        List<ImportedEpisode> episodes = treatment.episodes();
        for (int e = 0; e < episodes.size(); e++) {
            ImportedEpisode episode = episodes.get(e);
            String at = "Imported client " + index + ", episode " + e + ": ";
            episode(at, episode);
            boolean last = e == episodes.size() - 1;
            require(last || episode.dischargedOn() != null, at + "only the last episode may be open");
            if (!last) {
                ImportedEpisode next = episodes.get(e + 1);
                require(
                        !next.triagedOn().isBefore(episode.dischargedOn()),
                        at + "the next episode is triaged before this one's discharge");
                require(
                        !transfer(episode) || !next.providerId().equals(episode.providerId()),
                        at + "a transfer continues at another provider");
            } else {
                require(!transfer(episode), at + "a transfer needs the episode that continues it");
            }
        }
    }

    boolean transfer(ImportedEpisode episode) {
        return episode.dischargeReason() != null
                && "TRANSFER".equals(codes.outcomeOf().get(episode.dischargeReason()));
    }

    private void episode(String at, ImportedEpisode episode) {
        require(
                !episode.substances().isEmpty()
                        && episode.substances().size() <= 3
                        && codes.substances().containsAll(episode.substances()),
                at + "one to three known substances");
        require(EpisodeDates.triageInOrder(episode.referredOn(), episode.triagedOn()), at + "triaged before referral");
        require(EpisodeDates.notFuture(episode.triagedOn(), today), at + "triaged after today");
        require(
                EpisodeDates.carePlanInOrder(episode.triagedOn(), episode.carePlanStartedOn()),
                at + "care plan before triage");
        require(EpisodeDates.notFuture(episode.dischargedOn(), today), at + "nothing after today");
        LocalDate end = episode.dischargedOn() != null ? episode.dischargedOn() : today;
        require(EpisodeDates.byEpisodeEnd(episode.carePlanStartedOn(), end), at + "care plan after discharge");
        require(
                EpisodeDates.dischargeInOrder(episode.triagedOn(), episode.dischargedOn()),
                at + "discharged before triage");
        require(
                (episode.dischargedOn() == null) == (episode.dischargeReason() == null),
                at + "a discharge needs its date and reason");
        require(
                episode.dischargeReason() == null || codes.outcomeOf().containsKey(episode.dischargeReason()),
                at + "unknown discharge reason " + episode.dischargeReason());
        for (ImportedEpisode.Intervention i : episode.interventions()) {
            intervention(at + i.type() + ": ", episode, i, end);
        }
    }

    private void intervention(String where, ImportedEpisode episode, ImportedEpisode.Intervention i, LocalDate end) {
        require(
                codes.interventionTypes().containsKey(i.type())
                        && codes.settings().contains(i.setting()),
                where + "unknown type or setting");
        require(
                EpisodeDates.interventionReferralInOrder(episode.referredOn(), i.referredOn()),
                where + "referred before the episode");
        require(
                EpisodeDates.afterInterventionReferral(i.referredOn(), i.firstOfferedOn()),
                where + "offered before referral");
        require(
                EpisodeDates.afterInterventionReferral(i.referredOn(), i.startedOn()),
                where + "started before referral");
        require(EpisodeDates.startInOrder(i.firstOfferedOn(), i.startedOn()), where + "started before first offered");
        require(
                i.endedOn() == null || i.startedOn() != null && EpisodeDates.endInOrder(i.startedOn(), i.endedOn()),
                where + "ended before it started");
        require(
                (i.endedOn() == null) == (i.exitStatus() == null)
                        && (i.exitStatus() == null || codes.exitStatuses().contains(i.exitStatus())),
                where + "an end needs its exit status");
        require(EpisodeDates.byEpisodeEnd(i.referredOn(), end), where + "referred after discharge");
        require(EpisodeDates.byEpisodeEnd(i.endedOn(), end), where + "ended after discharge");
        require(
                episode.dischargedOn() == null || i.startedOn() == null || i.endedOn() != null,
                where + "every started intervention ends before discharge");
        for (ImportedEpisode.SubIntervention sub : i.subInterventions()) {
            require(
                    i.type().equals(codes.subTypeOf().get(sub.type()))
                            && EpisodeDates.subInOrder(
                                    i.startedOn(), i.endedOn() != null ? i.endedOn() : end, sub.startedOn()),
                    where + "sub-intervention " + sub.type() + " of another type or outside the intervention");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The code lists an import is checked against, read once: outcome class and label of each discharge reason. */
    record Codes(
            Map<String, String> outcomeOf,
            Map<String, String> reasonLabels,
            Map<String, String> interventionTypes,
            Set<String> settings,
            Map<String, String> subTypeOf,
            Set<String> exitStatuses,
            Set<String> substances) {}
}
