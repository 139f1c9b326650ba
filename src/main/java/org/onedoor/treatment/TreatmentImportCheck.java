package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What {@link TreatmentImport} checks before it saves anything: known codes and the dates of each episode in NDTMS
 * order (referral, triage, care plan; intervention referral, first offer, start, end; discharge on or after the last
 * end), nothing after today, episodes one after another with only the last open, and a transfer continued by an
 * episode at another provider.
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
                require(!next.triagedOn().isBefore(episode.dischargedOn()),
                        at + "the next episode is triaged before this one's discharge");
                require(!transfer(episode) || !next.providerId().equals(episode.providerId()),
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
        require(!episode.substances().isEmpty() && episode.substances().size() <= 3
                && codes.substances().containsAll(episode.substances()), at + "one to three known substances");
        require(!episode.triagedOn().isBefore(episode.referredOn()), at + "triaged before referral");
        notAfter(at + "triaged after today", episode.triagedOn(), today);
        notAfter(at + "care plan before triage", episode.triagedOn(), episode.carePlanStartedOn());
        LocalDate end = episode.dischargedOn() != null ? episode.dischargedOn() : today;
        notAfter(at + "nothing after today", end, today);
        notAfter(at + "care plan after discharge", episode.carePlanStartedOn(), end);
        require(episode.dischargedOn() == null || !episode.dischargedOn().isBefore(episode.triagedOn()),
                at + "discharged before triage");
        require((episode.dischargedOn() == null) == (episode.dischargeReason() == null),
                at + "a discharge needs its date and reason");
        require(episode.dischargeReason() == null || codes.outcomeOf().containsKey(episode.dischargeReason()),
                at + "unknown discharge reason " + episode.dischargeReason());
        for (ImportedEpisode.Intervention i : episode.interventions()) {
            String where = at + i.type() + ": ";
            require(codes.interventionTypes().containsKey(i.type()) && codes.settings().contains(i.setting()),
                    where + "unknown type or setting");
            require(!i.referredOn().isBefore(episode.referredOn()), where + "referred before the episode");
            notAfter(where + "offered before referral", i.referredOn(), i.firstOfferedOn());
            notAfter(where + "started before referral", i.referredOn(), i.startedOn());
            notAfter(where + "started before first offered", i.firstOfferedOn(), i.startedOn());
            require(i.endedOn() == null || i.startedOn() != null && !i.endedOn().isBefore(i.startedOn()),
                    where + "ended before it started");
            require((i.endedOn() == null) == (i.exitStatus() == null) && (i.exitStatus() == null
                    || codes.exitStatuses().contains(i.exitStatus())), where + "an end needs its exit status");
            notAfter(where + "referred after discharge", i.referredOn(), end);
            notAfter(where + "ended after discharge", i.endedOn(), end);
            require(episode.dischargedOn() == null || i.startedOn() == null || i.endedOn() != null,
                    where + "every started intervention ends before discharge");
            for (ImportedEpisode.SubIntervention sub : i.subInterventions()) {
                require(i.type().equals(codes.subTypeOf().get(sub.type())) && i.startedOn() != null
                        && !sub.startedOn().isBefore(i.startedOn()) && !sub.startedOn().isAfter(
                        i.endedOn() != null ? i.endedOn() : end), where + "sub-intervention " + sub.type()
                        + " of another type or outside the intervention");
            }
        }
    }

    private static void notAfter(String message, @Nullable LocalDate first, @Nullable LocalDate then) {
        require(first == null || then == null || !then.isBefore(first), message);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The code lists an import is checked against, read once: outcome class and label of each discharge reason. */
    record Codes(Map<String, String> outcomeOf, Map<String, String> reasonLabels, Map<String, String> interventionTypes,
                 Set<String> settings, Map<String, String> subTypeOf, Set<String> exitStatuses,
                 Set<String> substances) {
    }
}
