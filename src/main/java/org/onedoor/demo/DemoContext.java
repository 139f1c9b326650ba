package org.onedoor.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.Role;

/** What the steps of one generation share: the seeded random source, the day it runs and what earlier steps made. */
final class DemoContext {

    final DemoSettings settings;
    final Random random;
    final LocalDate today;
    final Map<OrganisationType, List<DemoOrganisation>> organisations = new EnumMap<>(OrganisationType.class);
    /** The staff with sign-ins, as the staff step made them. */
    final List<DemoStaff> staff = new ArrayList<>();
    /** The named worker of each accepted referral's client, as the client step chose them. */
    final Map<UUID, String> referralWorkers = new HashMap<>();
    /** Every episode the treatment step made, in the order it made them. */
    final List<DemoEpisode> episodes = new ArrayList<>();

    DemoContext(DemoSettings settings, LocalDate today) {
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.today = today;
    }

    void add(OrganisationType type, UUID id, String name, String odsCode) {
        organisations.computeIfAbsent(type, t -> new ArrayList<>()).add(new DemoOrganisation(id, name, odsCode));
    }

    List<DemoOrganisation> all(OrganisationType type) {
        return organisations.getOrDefault(type, List.of());
    }

    DemoOrganisation first(OrganisationType type) {
        return all(type).get(0);
    }

    /** The start of the financial year two years back: when the partnership's contract began. */
    LocalDate contractStart() {
        int year = today.getMonthValue() >= 4 ? today.getYear() - 2 : today.getYear() - 3;
        return LocalDate.of(year, 4, 1);
    }

    record DemoOrganisation(UUID id, String name, String odsCode) {}

    /** An episode as imported, with the ids the import gave it and its client. */
    record DemoEpisode(UUID id, UUID clientId, org.onedoor.treatment.ImportedEpisode episode) {

        boolean open() {
            return episode.dischargedOn() == null;
        }
    }

    record DemoStaff(String username, String name, UUID organisationId, Role role) {}
}
