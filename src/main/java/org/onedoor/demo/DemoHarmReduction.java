package org.onedoor.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.treatment.harmreduction.HarmReductionImport.ImportedBbv;
import org.onedoor.treatment.harmreduction.HarmReductionImport.ImportedNaloxone;
import org.onedoor.treatment.harmreduction.HarmReductionImport.ImportedVisit;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvKind;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvResult;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvStatus;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.ItemCount;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.Recipient;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.Virus;

/**
 * Harm reduction at the harm-reduction partner: needle exchange visits for a third of the opiate clients in
 * treatment and for anonymous visitors under a pseudonymous code (initials, date of birth, sex), naloxone for many
 * opiate clients, and blood-borne-virus tests and hepatitis B vaccination courses.
 */
final class DemoHarmReduction {

    final List<ImportedVisit> visits = new java.util.ArrayList<>();
    final List<ImportedNaloxone> naloxone = new java.util.ArrayList<>();
    final List<ImportedBbv> bbv = new java.util.ArrayList<>();
    private final Random random;
    private final LocalDate today;
    private final UUID partner;

    DemoHarmReduction(DemoContext context) {
        this.random = context.random;
        this.today = context.today;
        this.partner = context.first(OrganisationType.PARTNER_PROVIDER).id();
    }

    void add(DemoContext.DemoEpisode e) {
        if (!DemoJourneys.OPIATES.contains(e.episode().substances().get(0))) {
            return;
        }
        LocalDate end = e.open() ? today : e.episode().dischargedOn();
        LocalDate start = e.episode().triagedOn();
        if (e.open() && chance(35)) {
            for (LocalDate on = later(start, today.minusDays(120));
                    !on.isAfter(today);
                    on = on.plusDays(7 + random.nextInt(15))) {
                visits.add(new ImportedVisit(partner, on, e.clientId(), null, items()));
            }
        }
        if (chance(45)) {
            boolean other = chance(15);
            LocalDate on = start.plusDays(random.nextInt(21));
            naloxone.add(new ImportedNaloxone(
                    e.clientId(),
                    chance(50) ? partner : e.episode().providerId(),
                    on.isAfter(end) ? end : on,
                    chance(65) ? "NASAL" : "INJECTABLE",
                    1 + random.nextInt(2),
                    other ? Recipient.CONCERNED_OTHER : Recipient.CLIENT,
                    other ? "Client's partner" : null));
        }
        if (chance(55)) {
            UUID provider = e.episode().providerId();
            LocalDate on = start.plusDays(7 + random.nextInt(30));
            if (!on.isAfter(end)) {
                bbv.add(new ImportedBbv(
                        e.clientId(),
                        provider,
                        Virus.HEP_C,
                        BbvKind.TEST,
                        on,
                        BbvStatus.DONE,
                        chance(12) ? BbvResult.POSITIVE : BbvResult.NEGATIVE,
                        null,
                        false));
                bbv.add(
                        chance(80)
                                ? new ImportedBbv(
                                        e.clientId(),
                                        provider,
                                        Virus.HIV,
                                        BbvKind.TEST,
                                        on,
                                        BbvStatus.DONE,
                                        BbvResult.NEGATIVE,
                                        null,
                                        false)
                                : new ImportedBbv(
                                        e.clientId(),
                                        provider,
                                        Virus.HIV,
                                        BbvKind.TEST,
                                        on,
                                        BbvStatus.REFUSED,
                                        null,
                                        null,
                                        false));
                int[] days = {0, 7, 21};
                for (int dose = 1; dose <= 3 && !on.plusDays(days[dose - 1]).isAfter(end) && chance(85); dose++) {
                    bbv.add(new ImportedBbv(
                            e.clientId(),
                            provider,
                            Virus.HEP_B,
                            BbvKind.VACCINATION,
                            on.plusDays(days[dose - 1]),
                            BbvStatus.DONE,
                            null,
                            dose,
                            dose == 3));
                }
            }
        }
    }

    /** Anonymous visitors: each under a code such as JS01021980M, a few visits each over the last half year. */
    void anonymous(int count) {
        for (int n = 0; n < count; n++) {
            String code = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
                    + String.format(
                            "%02d%02d%04d", 1 + random.nextInt(28), 1 + random.nextInt(12), 1965 + random.nextInt(40))
                    + (chance(75) ? "M" : "F");
            for (LocalDate on = today.minusDays(random.nextInt(180));
                    !on.isAfter(today);
                    on = on.plusDays(5 + random.nextInt(25))) {
                visits.add(new ImportedVisit(partner, on, null, code, items()));
            }
        }
    }

    private Map<String, ItemCount> items() {
        int packs = 5 + random.nextInt(16);
        Map<String, ItemCount> items = new LinkedHashMap<>();
        items.put("NEEDLE", new ItemCount(packs, random.nextInt(packs + 1)));
        items.put("SYRINGE", new ItemCount(packs, random.nextInt(packs + 1)));
        items.put("SWAB", new ItemCount(packs * 2, 0));
        if (chance(70)) {
            items.put("CITRIC", new ItemCount(packs, 0));
            items.put("FILTER", new ItemCount(packs, 0));
        }
        if (chance(30)) {
            items.put("SHARPS_BIN", new ItemCount(1, chance(60) ? 1 : 0));
        }
        if (chance(20)) {
            items.put("FOIL", new ItemCount(10, 0));
        }
        return items;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private boolean chance(double percent) {
        return random.nextDouble() * 100 < percent;
    }
}
