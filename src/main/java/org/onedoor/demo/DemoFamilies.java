package org.onedoor.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.Role;
import org.onedoor.treatment.family.FamilyImport.ImportedConcernedOther;
import org.onedoor.treatment.family.FamilyImport.ImportedSession;
import org.onedoor.treatment.family.SessionKind;

/**
 * Family and carer support at the family partner: concerned others of some clients in treatment (linked to the
 * client) and others who came on their own, each with their own consent and a few support sessions.
 */
final class DemoFamilies {

    private static final List<String> RELATIONSHIPS =
            List.of("Mother", "Father", "Partner", "Sister", "Brother", "Daughter", "Son", "Friend", "Grandparent");
    private static final List<String> NOTES = List.of(
            "Talked through what to expect from treatment",
            "Coping strategies and looking after themselves",
            "CRAFT session: positive communication",
            "Signposted to the carers' group and Adfam resources",
            "Safety planning and naloxone discussed");

    private final Random random;
    private final LocalDate today;
    private final UUID partner;
    private final List<DemoContext.DemoStaff> workers;

    DemoFamilies(DemoContext context) {
        this.random = context.random;
        this.today = context.today;
        this.partner = context.all(OrganisationType.PARTNER_PROVIDER).get(1).id();
        this.workers = context.staff.stream()
                .filter(s -> s.organisationId().equals(partner) && s.role() == Role.RECOVERY_WORKER)
                .toList();
    }

    /** A concerned other of the client of an open episode, now and then. */
    @Nullable
    ImportedConcernedOther of(DemoContext.DemoEpisode e) {
        return e.open() && random.nextInt(100) < 8
                ? other(e.clientId(), e.episode().triagedOn())
                : null;
    }

    /** Someone who came for support on their own, not linked to a client. */
    ImportedConcernedOther unlinked() {
        return other(null, today.minusDays(random.nextInt(365)));
    }

    private ImportedConcernedOther other(@Nullable UUID client, LocalDate from) {
        LocalDate registered = from.plusDays(random.nextInt(60));
        registered = registered.isAfter(today) ? today : registered;
        List<ImportedSession> sessions = new ArrayList<>();
        LocalDate on = registered;
        for (int n = 1 + random.nextInt(6); n > 0 && !on.isAfter(today); n--) {
            DemoContext.DemoStaff worker = workers.get(random.nextInt(workers.size()));
            int roll = random.nextInt(10);
            sessions.add(new ImportedSession(
                    on,
                    worker.name(),
                    worker.username(),
                    roll < 6 ? SessionKind.ONE_TO_ONE : roll < 8 ? SessionKind.TELEPHONE : SessionKind.GROUP,
                    NOTES.get(random.nextInt(NOTES.size()))));
            on = on.plusDays(14 + random.nextInt(15));
        }
        return new ImportedConcernedOther(
                partner,
                DemoNames.pick(random, DemoNames.GIVEN),
                DemoNames.pick(random, DemoNames.FAMILY),
                RELATIONSHIPS.get(random.nextInt(RELATIONSHIPS.size())),
                DemoNames.telephone(random),
                random.nextInt(100) < 90,
                client != null && random.nextInt(100) < 70,
                registered,
                client,
                sessions);
    }
}
