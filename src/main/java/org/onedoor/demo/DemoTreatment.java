package org.onedoor.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.treatment.ImportedEpisode;

/**
 * The interventions of one demo episode: prescribing for most opiate clients (at the GP practice as shared care
 * now and then), psychosocial work for everyone, recovery support from the recovery community for half, each with
 * sub-interventions, dated in NDTMS order and ended by the discharge.
 */
final class DemoTreatment {

    private static final List<String> PSYCHOSOCIAL =
            List.of("PSY_CBT", "PSY_CONTINGENCY", "PSY_FAMILY_NETWORK", "PSY_COUNSELLING", "PSY_MENTAL_HEALTH");
    private static final List<String> RECOVERY =
            List.of("REC_PEER", "REC_MUTUAL_AID", "REC_HOUSING", "REC_EMPLOYMENT", "REC_FAMILY", "REC_CHECK_UPS");

    private final DemoContext context;
    private final Random random;

    DemoTreatment(DemoContext context) {
        this.context = context;
        this.random = context.random;
    }

    List<ImportedEpisode.Intervention> interventions(
            DemoContext.DemoOrganisation provider,
            boolean opiate,
            boolean alcohol,
            LocalDate triaged,
            LocalDate end,
            boolean open,
            @Nullable String reason) {
        boolean practice = provider.odsCode() != null;
        String setting = practice ? "PRIMARY_CARE" : "COMMUNITY";
        String exit = reason == null
                ? null
                : reason.startsWith("8") && reason.compareTo("83") < 0
                        ? "A"
                        : "86".equals(reason) ? "C" : "85".equals(reason) ? "B" : "A";
        List<ImportedEpisode.Intervention> made = new ArrayList<>();
        if (opiate && chance(90)) {
            boolean shared = !practice && chance(20);
            DemoContext.DemoOrganisation by = shared ? pick(context.all(OrganisationType.GP_PRACTICE)) : provider;
            made.add(intervention(
                    "PHARMACOLOGICAL",
                    shared ? "PRIMARY_CARE" : setting,
                    by,
                    triaged,
                    end,
                    open,
                    exit,
                    List.of(
                            "PH_STABILISATION",
                            "PH_MAINTENANCE",
                            "A".equals(exit) ? "PH_WITHDRAWAL" : "PH_RELAPSE_PREVENTION")));
        } else if (alcohol && chance(30)) {
            made.add(intervention(
                    "PHARMACOLOGICAL",
                    setting,
                    provider,
                    triaged,
                    end,
                    open,
                    exit,
                    List.of("PH_WITHDRAWAL", "PH_RELAPSE_PREVENTION")));
        }
        made.add(intervention(
                "PSYCHOSOCIAL",
                setting,
                provider,
                triaged,
                end,
                open,
                exit,
                List.of("PSY_MOTIVATIONAL", pick(PSYCHOSOCIAL))));
        if (chance(50)) {
            List<DemoContext.DemoOrganisation> partners = context.all(OrganisationType.PARTNER_PROVIDER);
            DemoContext.DemoOrganisation by = partners.get(chance(75) ? 2 : 1);
            made.add(intervention(
                    "RECOVERY_SUPPORT",
                    "COMMUNITY",
                    by,
                    triaged.plusDays(random.nextInt(60)),
                    end,
                    open,
                    exit,
                    List.of(pick(RECOVERY), pick(RECOVERY))));
        }
        return made;
    }

    private ImportedEpisode.Intervention intervention(
            String type,
            String setting,
            DemoContext.DemoOrganisation by,
            LocalDate from,
            LocalDate end,
            boolean open,
            @Nullable String exit,
            List<String> subTypes) {
        LocalDate referred = before(from.plusDays(random.nextInt(8)), end);
        LocalDate offered = before(referred.plusDays(random.nextInt(15)), end);
        LocalDate started = offered.plusDays(random.nextInt(8));
        if (started.isAfter(end) || !open && "B".equals(exit) && chance(10)) {
            return new ImportedEpisode.Intervention(
                    type, setting, by.id(), referred, offered, null, null, null, List.of());
        }
        LocalDate ended = open ? null : before(end.minusDays(random.nextInt(10)), end);
        if (ended != null && ended.isBefore(started)) {
            ended = started;
        }
        String status = ended == null ? null : exit;
        if (open && "PSYCHOSOCIAL".equals(type) && chance(40)) {
            LocalDate done = started.plusDays(56 + random.nextInt(60));
            ended = done.isBefore(context.today) ? done : null;
            status = ended == null ? null : "A";
        }
        LocalDate last = ended != null ? ended : end;
        long span = ChronoUnit.DAYS.between(started, last);
        List<ImportedEpisode.SubIntervention> subs = new ArrayList<>();
        List<String> types = subTypes.stream().distinct().toList();
        for (int i = 0; i < types.size() && (i == 0 || span > 30); i++) {
            subs.add(new ImportedEpisode.SubIntervention(types.get(i), started.plusDays(span * i / types.size())));
        }
        return new ImportedEpisode.Intervention(
                type, setting, by.id(), referred, offered, started, ended, status, subs);
    }

    private static LocalDate before(LocalDate day, LocalDate end) {
        return day.isAfter(end) ? end : day;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private boolean chance(double percent) {
        return random.nextDouble() * 100 < percent;
    }
}
