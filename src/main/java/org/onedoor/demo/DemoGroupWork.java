package org.onedoor.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.Role;
import org.onedoor.treatment.groupwork.AttendanceStatus;
import org.onedoor.treatment.groupwork.GroupWorkImport.ImportedProgramme;
import org.onedoor.treatment.groupwork.GroupWorkImport.ImportedSession;

/**
 * Group-work programmes at the lead provider and the recovery community partner: weekly sessions over the last ten
 * weeks and the next four, at community venues and a GP practice, each run by a worker of the provider, with clients
 * in treatment there enrolled and a register for every session held.
 */
final class DemoGroupWork {

    private static final String[][] PROGRAMMES = {
        {"LEAD", "Foundations of recovery", "PSYCHOSOCIAL", "PSY_MOTIVATIONAL"},
        {"LEAD", "Alcohol relapse prevention", "PSYCHOSOCIAL", "PSY_CBT"},
        {"LEAD", "Cocaine and crack group", "PSYCHOSOCIAL", "PSY_CBT"},
        {"PARTNER", "SMART Recovery meeting", "RECOVERY_SUPPORT", "REC_MUTUAL_AID"},
        {"PARTNER", "Peer mentor training", "RECOVERY_SUPPORT", "REC_PEER"},
    };
    private static final int PAST = 10;
    private static final int AHEAD = 4;

    private final DemoContext context;
    private final Random random;

    DemoGroupWork(DemoContext context) {
        this.context = context;
        this.random = context.random;
    }

    List<ImportedProgramme> programmes() {
        DemoContext.DemoOrganisation lead = context.first(OrganisationType.LEAD_PROVIDER);
        DemoContext.DemoOrganisation partner =
                context.all(OrganisationType.PARTNER_PROVIDER).get(2);
        List<DemoContext.DemoOrganisation> venues = new ArrayList<>(context.all(OrganisationType.VENUE));
        venues.add(context.first(OrganisationType.GP_PRACTICE));
        Map<UUID, List<UUID>> clients = new HashMap<>();
        for (DemoContext.DemoEpisode e : context.episodes) {
            if (e.open()) {
                e.episode().interventions().stream()
                        .filter(i -> i.startedOn() != null && i.endedOn() == null)
                        .map(i -> i.deliveredBy())
                        .distinct()
                        .forEach(by -> clients.computeIfAbsent(by, k -> new ArrayList<>())
                                .add(e.clientId()));
            }
        }
        List<ImportedProgramme> made = new ArrayList<>();
        for (int p = 0; p < PROGRAMMES.length; p++) {
            String[] spec = PROGRAMMES[p];
            DemoContext.DemoOrganisation provider = spec[0].equals("LEAD") ? lead : partner;
            List<UUID> pool = clients.getOrDefault(provider.id(), List.of());
            made.add(programme(spec, provider, venues.get(p % venues.size()), facilitator(provider, p), pool));
        }
        return made;
    }

    private ImportedProgramme programme(
            String[] spec,
            DemoContext.DemoOrganisation provider,
            DemoContext.DemoOrganisation venue,
            DemoContext.DemoStaff facilitator,
            List<UUID> pool) {
        int capacity = 12 + random.nextInt(5);
        LocalDate first = context.today.minusWeeks(PAST).plusDays(random.nextInt(7));
        Map<UUID, LocalDate> enrolled = new LinkedHashMap<>();
        for (int n = 0; n < capacity - 2 && !pool.isEmpty(); n++) {
            enrolled.putIfAbsent(pool.get(random.nextInt(pool.size())), first.minusDays(1 + random.nextInt(10)));
        }
        LocalTime time = LocalTime.of(10 + random.nextInt(6), 0);
        List<ImportedSession> sessions = new ArrayList<>();
        for (int week = 0; week < PAST + AHEAD; week++) {
            LocalDateTime starts = LocalDateTime.of(first.plusWeeks(week), time);
            Map<UUID, AttendanceStatus> register = new LinkedHashMap<>();
            if (starts.toLocalDate().isBefore(context.today)) {
                for (UUID client : enrolled.keySet()) {
                    register.put(
                            client,
                            chance(75)
                                    ? AttendanceStatus.ATTENDED
                                    : chance(60) ? AttendanceStatus.DID_NOT_ATTEND : AttendanceStatus.CANCELLED);
                }
            }
            sessions.add(new ImportedSession(
                    starts, 90, capacity, venue.id(), facilitator.username(), facilitator.name(), register));
        }
        return new ImportedProgramme(
                spec[1],
                "A weekly " + spec[1].toLowerCase() + " group, open to clients in" + " treatment",
                spec[2],
                spec[3],
                provider.id(),
                sessions,
                enrolled);
    }

    /** The demo recovery worker runs the lead provider's first programme; others a worker of the provider. */
    private DemoContext.DemoStaff facilitator(DemoContext.DemoOrganisation provider, int index) {
        List<DemoContext.DemoStaff> workers = context.staff.stream()
                .filter(s -> s.organisationId().equals(provider.id()) && s.role() == Role.RECOVERY_WORKER)
                .toList();
        if (index == 0) {
            return workers.stream()
                    .filter(s -> s.username().equals(DemoAccount.RECOVERY))
                    .findFirst()
                    .orElse(workers.get(0));
        }
        return workers.get(random.nextInt(workers.size()));
    }

    private boolean chance(double percent) {
        return random.nextDouble() * 100 < percent;
    }
}
