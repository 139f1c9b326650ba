package org.onedoor.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onedoor.client.ClientImport;
import org.onedoor.client.ImportedClient;
import org.onedoor.treatment.ImportedEpisode;
import org.onedoor.treatment.ImportedTreatment;
import org.onedoor.treatment.ReferralToTreat;
import org.onedoor.treatment.TreatmentImport;
import org.springframework.stereotype.Component;

/**
 * Treatment journeys: an open episode for every accepted demo referral at the organisation that accepted it, then
 * clients who came before the referral history, over the three years up to today ({@link DemoJourneys}), their
 * records made through {@link ClientImport} and their episodes through {@link TreatmentImport}, in chunks.
 */
@Component
class TreatmentStep implements DemoStep {

    private static final int CHUNK = 2000;

    private final TreatmentImport treatment;
    private final ClientImport clients;
    private final java.time.Clock clock;

    TreatmentStep(TreatmentImport treatment, ClientImport clients, java.time.Clock clock) {
        this.treatment = treatment;
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String name() {
        return "Treatment journeys";
    }

    @Override
    public long size(DemoSettings settings) {
        return settings.clients() * 2L / 3 + earlier(settings);
    }

    private static long earlier(DemoSettings settings) {
        return (long) settings.clients() * settings.earlierClients() / 100;
    }

    @Override
    public void run(DemoContext context, Progress progress) {
        DemoJourneys journeys = new DemoJourneys(context);
        DemoTreatment interventions = new DemoTreatment(context);
        ZoneId zone = clock.getZone();
        List<ReferralToTreat> referrals = treatment.referralsWithoutEpisode(Integer.MAX_VALUE);
        Set<UUID> seen = new HashSet<>();
        List<ImportedTreatment> chunk = new ArrayList<>();
        for (ReferralToTreat referral : referrals) {
            if (seen.add(referral.clientId().value())) {
                chunk.add(fromReferral(context, interventions, referral, zone));
            }
            if (chunk.size() == CHUNK) {
                imported(context, chunk, treatment.importTreatment(chunk));
                progress.advance(chunk.size());
                chunk.clear();
            }
        }
        imported(context, chunk, treatment.importTreatment(chunk));
        progress.advance(chunk.size());
        DemoPeople people = new DemoPeople(context);
        long total = earlier(context.settings);
        for (long done = 0; done < total; done += CHUNK) {
            int size = (int) Math.min(CHUNK, total - done);
            List<ImportedClient> made = new ArrayList<>(size);
            List<List<ImportedEpisode>> episodes = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                List<String> substances = journeys.substances();
                LocalDate start = context.today.minusDays(183 + context.random.nextInt(3 * 365 - 183));
                List<ImportedEpisode> journey = journeys.journey(start, substances);
                episodes.add(journey);
                made.add(people.client(substances, journey.get(0).triagedOn()));
            }
            List<UUID> ids = clients.importClients(made);
            List<ImportedTreatment> treatments = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                treatments.add(new ImportedTreatment(ids.get(i), episodes.get(i)));
            }
            imported(context, treatments, treatment.importTreatment(treatments));
            progress.advance(size);
        }
    }

    /** Keeps the episodes made, with their new ids, for the steps that add activity to them. */
    private static void imported(DemoContext context, List<ImportedTreatment> treatments, List<List<UUID>> ids) {
        for (int i = 0; i < treatments.size(); i++) {
            List<ImportedEpisode> episodes = treatments.get(i).episodes();
            for (int n = 0; n < episodes.size(); n++) {
                context.episodes.add(new DemoContext.DemoEpisode(
                        ids.get(i).get(n), treatments.get(i).clientId(), episodes.get(n)));
            }
        }
    }

    /** The open episode an accepted referral led to, at the accepting organisation, with the client's worker. */
    private static ImportedTreatment fromReferral(
            DemoContext context, DemoTreatment interventions, ReferralToTreat referral, ZoneId zone) {
        LocalDate received = LocalDate.ofInstant(referral.receivedAt(), zone);
        LocalDate accepted = LocalDate.ofInstant(referral.acceptedAt(), zone);
        LocalDate triaged = accepted.isBefore(received) ? received : accepted;
        LocalDate carePlan = triaged.plusDays(7 + context.random.nextInt(14));
        String worker = context.referralWorkers.get(referral.referralId().value());
        String name = worker == null
                ? null
                : context.staff.stream()
                        .filter(s -> s.username().equals(worker))
                        .map(DemoContext.DemoStaff::name)
                        .findFirst()
                        .orElse(null);
        DemoContext.DemoOrganisation organisation = context.organisations.values().stream()
                .flatMap(List::stream)
                .filter(o -> o.id().equals(referral.organisationId().value()))
                .findFirst()
                .orElseThrow();
        boolean opiate = referral.substances().stream().anyMatch(DemoJourneys.OPIATES::contains);
        boolean alcohol = referral.substances().equals(List.of("ALCOHOL"));
        List<ImportedEpisode.Intervention> made = referral.firstStartedOn() == null
                ? List.of()
                : interventions.interventions(organisation, opiate, alcohol, triaged, context.today, true, null);
        return new ImportedTreatment(
                referral.clientId().value(),
                List.of(new ImportedEpisode(
                        referral.organisationId().value(),
                        referral.referralId().value(),
                        received,
                        triaged,
                        carePlan.isBefore(context.today) ? carePlan : null,
                        referral.substances(),
                        worker,
                        name,
                        null,
                        null,
                        made)));
    }
}
