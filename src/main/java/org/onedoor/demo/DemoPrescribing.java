package org.onedoor.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.treatment.EpisodeId;
import org.onedoor.treatment.ImportedEpisode;
import org.onedoor.treatment.prescribing.CourseReview;
import org.onedoor.treatment.prescribing.Instalment;
import org.onedoor.treatment.prescribing.PrescriberKind;
import org.onedoor.treatment.prescribing.PrescribingImport.ImportedChange;
import org.onedoor.treatment.prescribing.PrescribingImport.ImportedCourse;

/**
 * The opioid substitution course of an opiate client's prescribing intervention: methadone for most, buprenorphine
 * for the rest, titrated up over the first weeks, supervised daily at first and then collected less often, reviewed
 * about every three months, reduced and stopped when the intervention ends. Prescribed by the lead provider's
 * specialist, or by the GP practice in shared care.
 */
final class DemoPrescribing {

    private static final List<String> PHARMACIES = List.of(
            "Boots, High Street, Northvale",
            "Millford Pharmacy",
            "Riverside Chemist",
            "Well Pharmacy, Station Road",
            "Eastbridge Late Night Pharmacy");

    private final Random random;
    private final LocalDate today;
    private final Set<UUID> practices;

    DemoPrescribing(DemoContext context) {
        this.random = context.random;
        this.today = context.today;
        this.practices = context.all(OrganisationType.GP_PRACTICE).stream()
                .map(DemoContext.DemoOrganisation::id)
                .collect(Collectors.toSet());
    }

    @Nullable
    ImportedCourse course(DemoContext.DemoEpisode e) {
        if (!DemoJourneys.OPIATES.contains(e.episode().substances().get(0))) {
            return null;
        }
        ImportedEpisode.Intervention pharmacological = e.episode().interventions().stream()
                .filter(i -> i.type().equals("PHARMACOLOGICAL") && i.startedOn() != null)
                .findFirst()
                .orElse(null);
        if (pharmacological == null) {
            return null;
        }
        LocalDate start = pharmacological.startedOn();
        LocalDate end = pharmacological.endedOn() != null
                ? pharmacological.endedOn()
                : e.episode().dischargedOn() != null ? e.episode().dischargedOn() : null;
        LocalDate last = end != null ? end : today;
        boolean methadone = chance(70);
        int dose = methadone ? 30 : 8;
        int target = methadone ? 60 + 10 * random.nextInt(4) : 12 + 4 * random.nextInt(3);
        List<ImportedChange> changes = new ArrayList<>();
        LocalDate on = start;
        while (dose < target && !(on = on.plusDays(3 + random.nextInt(3))).isAfter(last)) {
            dose += methadone ? 10 : 4;
            changes.add(dose(on, dose, "Titration: withdrawal symptoms still reported"));
        }
        LocalDate relaxed = start.plusMonths(3).plusDays(random.nextInt(30));
        if (relaxed.isBefore(last) && chance(70)) {
            changes.add(new ImportedChange(
                    "SUPERVISION",
                    relaxed,
                    null,
                    Instalment.TWO_THREE_WEEKLY,
                    false,
                    null,
                    "Stable, no on-top use: supervision relaxed"));
            if (relaxed.plusMonths(3).isBefore(last) && chance(50)) {
                changes.add(new ImportedChange(
                        "SUPERVISION",
                        relaxed.plusMonths(3),
                        null,
                        Instalment.WEEKLY,
                        false,
                        null,
                        "Stable on weekly pick-ups"));
            }
        }
        boolean reducing = end != null && chance(50);
        if (reducing) {
            for (LocalDate r = end.minusDays(28); r.isBefore(end) && dose > (methadone ? 10 : 2); r = r.plusDays(7)) {
                if (r.isAfter(
                        changes.isEmpty()
                                ? start
                                : changes.get(changes.size() - 1).on())) {
                    dose -= methadone ? 10 : 2;
                    changes.add(dose(r, dose, "Planned reduction agreed with the client"));
                }
            }
        }
        if (end != null) {
            changes.add(new ImportedChange(
                    "STOPPED", end, null, null, null, null, reducing ? "Reduction completed" : "Treatment ended"));
        }
        boolean shared = practices.contains(pharmacological.deliveredBy());
        String prescriber = shared ? "Dr Tom Walker" : "Dr Priya Shah";
        List<CourseReview> reviews = new ArrayList<>();
        for (LocalDate r = start.plusMonths(3); r.isBefore(last); r = r.plusMonths(3)) {
            LocalDate next = r.plusMonths(3);
            reviews.add(new CourseReview(
                    r,
                    prescriber,
                    chance(80) ? "Stable; continue the current dose" : "Some on-top use reported; keyworking increased",
                    next));
        }
        return new ImportedCourse(
                new ClientId(e.clientId()),
                new EpisodeId(e.id()),
                methadone ? "METHADONE_ORAL" : "BUPRENORPHINE_SL",
                shared ? PrescriberKind.GP_PRACTICE : PrescriberKind.SPECIALIST,
                new OrganisationId(pharmacological.deliveredBy()),
                prescriber,
                PHARMACIES.get(random.nextInt(PHARMACIES.size())),
                new ImportedChange(
                        "STARTED", start, BigDecimal.valueOf(methadone ? 30 : 8), Instalment.DAILY, true, 7, null),
                changes,
                reviews);
    }

    private static ImportedChange dose(LocalDate on, int mg, String reason) {
        return new ImportedChange("DOSE", on, BigDecimal.valueOf(mg), null, null, null, reason);
    }

    private boolean chance(double percent) {
        return random.nextDouble() * 100 < percent;
    }
}
