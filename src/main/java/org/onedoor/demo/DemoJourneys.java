package org.onedoor.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.Role;
import org.onedoor.treatment.ImportedEpisode;

/**
 * Three years of one client's treatment, episode after episode: the substance mix near the national one (about 44%
 * opiates, 30% alcohol only, the rest other drugs), episodes at the lead provider, GP practices (shared care) and
 * partners, discharges with realistic reasons (about 45% of exits successful), transfers continued at another
 * provider, some successful completers back within six months and others later, a third still in treatment today.
 */
final class DemoJourneys {

    static final List<String> OPIATES =
            List.of("HEROIN", "METHADONE_ILLICIT", "BUPRENORPHINE_ILLICIT", "OTHER_OPIATES");
    private static final Weighted<String> OPIATE = new Weighted<String>()
            .add(75, "HEROIN")
            .add(10, "METHADONE_ILLICIT")
            .add(15, "OTHER_OPIATES");
    private static final Weighted<String> NON_OPIATE = new Weighted<String>()
            .add(20, "CRACK")
            .add(30, "COCAINE")
            .add(30, "CANNABIS")
            .add(8, "BENZODIAZEPINES")
            .add(7, "AMPHETAMINES")
            .add(5, "KETAMINE");
    private static final Weighted<String> OPIATE_EXIT = new Weighted<String>()
            .add(27, "80")
            .add(38, "85")
            .add(12, "83")
            .add(7, "87")
            .add(4, "89")
            .add(6, "86");
    private static final Weighted<String> ALCOHOL_EXIT = new Weighted<String>()
            .add(58, "81")
            .add(25, "85")
            .add(8, "83")
            .add(2, "89")
            .add(4, "86");
    private static final Weighted<String> OTHER_EXIT = new Weighted<String>()
            .add(28, "80")
            .add(30, "82")
            .add(24, "85")
            .add(8, "83")
            .add(3, "87")
            .add(4, "86");

    private final DemoContext context;
    private final Random random;
    private final DemoContext.DemoOrganisation lead;
    private final DemoTreatment treatment;

    DemoJourneys(DemoContext context) {
        this.context = context;
        this.random = context.random;
        this.lead = context.first(OrganisationType.LEAD_PROVIDER);
        this.treatment = new DemoTreatment(context);
    }

    /** The substances of a new client, main first. */
    List<String> substances() {
        int roll = random.nextInt(100);
        List<String> substances = new ArrayList<>();
        if (roll < 44) {
            substances.add(OPIATE.pick(random));
            if (chance(50)) {
                substances.add("CRACK");
            }
            if (chance(15)) {
                substances.add("ALCOHOL");
            }
        } else if (roll < 74) {
            substances.add("ALCOHOL");
        } else {
            substances.add(NON_OPIATE.pick(random));
            if (chance(40)) {
                substances.add("ALCOHOL");
            }
        }
        return substances;
    }

    /** The episodes of a client first referred on {@code start}, one after another up to today. */
    List<ImportedEpisode> journey(LocalDate start, List<String> substances) {
        boolean opiate = OPIATES.contains(substances.get(0));
        boolean alcohol = substances.equals(List.of("ALCOHOL"));
        List<ImportedEpisode> episodes = new ArrayList<>();
        DemoContext.DemoOrganisation previous = null;
        LocalDate referred = start;
        while (referred.isBefore(context.today)) {
            DemoContext.DemoOrganisation provider = provider(opiate, alcohol, previous);
            LocalDate triaged = min(referred.plusDays(random.nextInt(15)));
            LocalDate carePlan = chance(95) ? min(triaged.plusDays(random.nextInt(22))) : null;
            int days = opiate
                    ? 90 + random.nextInt(300) + (chance(40) ? random.nextInt(700) : 0)
                    : alcohol ? 60 + random.nextInt(240) : 50 + random.nextInt(200);
            LocalDate end = (carePlan != null ? carePlan : triaged).plusDays(days);
            boolean open = !end.isBefore(context.today);
            String reason = open ? null : (opiate ? OPIATE_EXIT : alcohol ? ALCOHOL_EXIT : OTHER_EXIT).pick(random);
            LocalDate discharged = open ? null : end;
            DemoContext.DemoStaff keyworker = keyworker(provider, open);
            episodes.add(new ImportedEpisode(
                    provider.id(),
                    null,
                    referred,
                    triaged,
                    carePlan,
                    substances,
                    keyworker == null ? null : keyworker.username(),
                    keyworker == null ? null : keyworker.name(),
                    discharged,
                    reason,
                    treatment.interventions(
                            provider, opiate, alcohol, triaged, open ? context.today : end, open, reason)));
            if (open) {
                break;
            }
            previous = "83".equals(reason) ? provider : null;
            LocalDate next = next(reason, end);
            if (next == null) {
                break;
            }
            referred = next;
        }
        if (!episodes.isEmpty() && "83".equals(episodes.get(episodes.size() - 1).dischargeReason())) {
            ImportedEpisode last = episodes.remove(episodes.size() - 1);
            episodes.add(new ImportedEpisode(
                    last.providerId(),
                    null,
                    last.referredOn(),
                    last.triagedOn(),
                    last.carePlanStartedOn(),
                    last.substances(),
                    last.keyworkerUsername(),
                    last.keyworkerName(),
                    last.dischargedOn(),
                    "85",
                    last.interventions()));
        }
        return episodes;
    }

    /** When the client comes back after a discharge for this reason, if they do. */
    private @Nullable LocalDate next(String reason, LocalDate discharged) {
        return switch (reason) {
            case "83" -> discharged.plusDays(random.nextInt(8));
            case "80", "81", "82" ->
                chance(14)
                        ? discharged.plusDays(14 + random.nextInt(160))
                        : chance(12) ? discharged.plusDays(200 + random.nextInt(300)) : null;
            case "85", "86" -> chance(35) ? discharged.plusDays(30 + random.nextInt(370)) : null;
            case "87" -> chance(25) ? discharged.plusDays(90 + random.nextInt(300)) : null;
            default -> null;
        };
    }

    private DemoContext.DemoOrganisation provider(
            boolean opiate, boolean alcohol, DemoContext.@Nullable DemoOrganisation transferFrom) {
        List<DemoContext.DemoOrganisation> partners = context.all(OrganisationType.PARTNER_PROVIDER);
        List<DemoContext.DemoOrganisation> practices = context.all(OrganisationType.GP_PRACTICE);
        DemoContext.DemoOrganisation choice;
        do {
            int roll = random.nextInt(100);
            if (transferFrom != null && !transferFrom.id().equals(lead.id()) && roll < 70) {
                choice = lead;
            } else if (roll < (opiate ? 80 : alcohol ? 70 : 65)) {
                choice = lead;
            } else if (opiate || alcohol && roll < 85) {
                choice = practices.get(random.nextInt(Math.min(8, practices.size())));
            } else {
                choice = partners.get(chance(70) ? 0 : 2);
            }
        } while (transferFrom != null && choice.id().equals(transferFrom.id()));
        return choice;
    }

    /** A named keyworker at the provider: the demo recovery worker for some lead provider clients. */
    private DemoContext.@Nullable DemoStaff keyworker(DemoContext.DemoOrganisation provider, boolean open) {
        if (provider.id().equals(lead.id()) && chance(open ? 6 : 20)) {
            return context.staff.stream()
                    .filter(s -> s.username().equals(DemoAccount.RECOVERY))
                    .findFirst()
                    .orElse(null);
        }
        List<DemoContext.DemoStaff> workers = context.staff.stream()
                .filter(s -> s.organisationId().equals(provider.id())
                        && !s.username().equals(DemoAccount.RECOVERY)
                        && (s.role() == Role.RECOVERY_WORKER
                                || s.role() == Role.PRESCRIBER
                                || s.role() == Role.PRACTICE_USER && provider.odsCode() != null))
                .toList();
        return workers.isEmpty() ? null : workers.get(random.nextInt(workers.size()));
    }

    private LocalDate min(LocalDate day) {
        return day.isAfter(context.today) ? context.today : day;
    }

    private boolean chance(double percent) {
        return random.nextDouble() * 100 < percent;
    }
}
