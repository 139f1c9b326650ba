package org.onedoor.monitoring.waits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.onedoor.monitoring.audience.CountCells;
import org.onedoor.monitoring.audience.ProviderSide;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.referral.WaitingTime;
import org.onedoor.referral.WaitingTimes;
import org.onedoor.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Waiting times as a page (issue 18 item 7): referral's own clocks ({@link WaitingTimes}, never worked out again here)
 * grouped by the service the referral was allocated to, or by the client's GP practice, with the median days waited
 * and the breaches of the standard. Referrals closed without treatment stopped waiting and are left out. Counts are
 * suppressed outside the provider side, and a median is shown only beside a count that is.
 */
@Service
class WaitingTimesPage {

    static final String NONE = "none";

    private final WaitingTimes waitingTimes;
    private final ReferralPlaces places;
    private final Directory directory;
    private final ProviderSide providerSide;
    private final CurrentUsers currentUsers;

    WaitingTimesPage(
            WaitingTimes waitingTimes,
            ReferralPlaces places,
            Directory directory,
            ProviderSide providerSide,
            CurrentUsers currentUsers) {
        this.waitingTimes = waitingTimes;
        this.places = places;
        this.directory = directory;
        this.providerSide = providerSide;
        this.currentUsers = currentUsers;
    }

    record Summary(List<WaitGroup> groups, String referrals, String breaches, boolean suppressed) {}

    @PreAuthorize("hasAuthority('WAITING_TIMES_VIEW')")
    public Summary summary(LocalDate from, LocalDate to, GroupBy by) {
        boolean suppressed = !providerSide.includes(currentUsers.require());
        Map<String, List<WaitingTime>> grouped = grouped(from, to, by);
        List<String> keys = new ArrayList<>(grouped.keySet());
        Map<String, String> names = names(keys, by);
        keys.sort(Comparator.comparing((String k) -> NONE.equals(k)).thenComparing(names::get));
        long[][] counts = new long[keys.size()][2];
        for (int r = 0; r < keys.size(); r++) {
            for (WaitingTime wait : grouped.get(keys.get(r))) {
                counts[r][wait.breach() ? 1 : 0]++;
            }
        }
        CountCells.Texts texts = CountCells.of(keys, List.of("within", "breach"), counts, suppressed);
        List<WaitGroup> groups = new ArrayList<>();
        for (int r = 0; r < keys.size(); r++) {
            groups.add(new WaitGroup(
                    keys.get(r),
                    names.get(keys.get(r)),
                    texts.rowTotals()[r],
                    texts.rowShown()[r] ? WaitGroup.medianText(median(grouped.get(keys.get(r)))) : texts.rowTotals()[r],
                    texts.cells()[r][1],
                    !suppressed));
        }
        return new Summary(groups, texts.total(), texts.columnTotals()[1], suppressed);
    }

    /** The waits of one group, for the list behind a figure (the caller filters rows by access). */
    @PreAuthorize("hasAuthority('WAITING_TIMES_VIEW')")
    public List<ReferralPlaces.Place> behind(LocalDate from, LocalDate to, GroupBy by, String key) {
        Map<UUID, ReferralPlaces.Place> where = places.receivedBetween(from, to);
        return waitingTimes.receivedBetween(from, to).stream()
                .filter(WaitingTimesPage::counts)
                .filter(w -> where.containsKey(w.referralId()))
                .map(w -> where.get(w.referralId()).with(w))
                .filter(p -> key.equals(keyOf(p, by)))
                .sorted(Comparator.comparing(
                        (ReferralPlaces.Place p) -> -p.waiting().daysWaited()))
                .toList();
    }

    String name(String key, GroupBy by) {
        return names(List.of(key), by).get(key);
    }

    private Map<String, List<WaitingTime>> grouped(LocalDate from, LocalDate to, GroupBy by) {
        Map<UUID, ReferralPlaces.Place> where = places.receivedBetween(from, to);
        Map<String, List<WaitingTime>> grouped = new LinkedHashMap<>();
        for (WaitingTime wait : waitingTimes.receivedBetween(from, to)) {
            if (counts(wait) && where.containsKey(wait.referralId())) {
                grouped.computeIfAbsent(keyOf(where.get(wait.referralId()), by), k -> new ArrayList<>())
                        .add(wait);
            }
        }
        return grouped;
    }

    private static boolean counts(WaitingTime wait) {
        return wait.closedOn() == null;
    }

    private static String keyOf(ReferralPlaces.Place place, GroupBy by) {
        @Nullable UUID id = by == GroupBy.SERVICE ? place.allocatedTo() : place.practice();
        return id == null ? NONE : id.toString();
    }

    private Map<String, String> names(List<String> keys, GroupBy by) {
        Map<String, String> names = new LinkedHashMap<>();
        Function<String, String> none = k -> by == GroupBy.SERVICE ? "Not yet allocated" : "No practice recorded";
        for (String key : keys) {
            names.put(
                    key,
                    NONE.equals(key)
                            ? none.apply(key)
                            : directory
                                    .findOrganisation(UUID.fromString(key))
                                    .map(OrganisationSummary::name)
                                    .orElse("Unknown organisation"));
        }
        return names;
    }

    static @Nullable Double median(List<WaitingTime> waits) {
        if (waits.isEmpty()) {
            return null;
        }
        long[] days = waits.stream().mapToLong(WaitingTime::daysWaited).sorted().toArray();
        int middle = days.length / 2;
        return days.length % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2.0;
    }
}
