package org.onedoor.demo;

import static org.onedoor.demo.DemoArrivals.SPOC;
import static org.onedoor.partnership.OrganisationType.GP_PRACTICE;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.partnership.PracticeMenu;
import org.onedoor.referral.HistoricEnquiry;
import org.onedoor.referral.HistoricReferral;
import org.onedoor.referral.ReferralCodes;
import org.onedoor.referral.ReferralImport;
import org.onedoor.referral.RoutingPolicy;
import org.springframework.stereotype.Component;

/**
 * About six months of the single point of contact's work, day by day up to yesterday: {@code clients} referrals
 * from every channel ({@link DemoArrivals}) and half as many enquiries ({@link DemoEnquiries}). Older referrals have
 * been triaged and either closed with a reason or allocated where {@link RoutingPolicy} proposes (now and then
 * overridden with a reason) and accepted, with the waiting clock's later stops, or, rarely, returned. Recent ones
 * still wait in the queue, with a handful of old ones stuck past the waiting standard so the queue shows breaches
 * ({@link DemoReferralLifecycle}).
 * Written through {@link ReferralImport}, in chunks, in order of receipt.
 */
@Component
class ReferralsStep implements DemoStep {

    private static final int DAYS = 182;
    private static final int CHUNK = 2000;

    private final ReferralImport imports;
    private final ReferralCodes codes;
    private final PracticeMenu menu;
    private final Directory directory;
    private final Clock clock;

    ReferralsStep(ReferralImport imports, ReferralCodes codes, PracticeMenu menu, Directory directory, Clock clock) {
        this.imports = imports;
        this.codes = codes;
        this.menu = menu;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String name() {
        return "Referrals and enquiries";
    }

    @Override
    public long size(DemoSettings settings) {
        return settings.clients() + settings.clients() / 2;
    }

    @Override
    public void run(DemoContext context, Progress progress) {
        new Run(context, progress).referrals().enquiries();
    }

    /** One generation: arrivals day by day, each taken through its lifecycle, written in chunks. */
    private final class Run {

        private final DemoContext context;
        private final Progress progress;
        private final DemoArrivals arrivals;
        private final DemoReferralLifecycle lifecycle;

        Run(DemoContext context, Progress progress) {
            this.context = context;
            this.progress = progress;
            ZoneId zone = clock.getZone();
            Map<String, String> groupOf = codes.substances(context.today).stream()
                    .collect(Collectors.toMap(ReferralCodes.Code::code, ReferralCodes.Code::group));
            Map<UUID, String> practiceUsers = new HashMap<>();
            var practices = context.all(GP_PRACTICE);
            for (int i = 0; i < practices.size(); i++) {
                practiceUsers.put(
                        practices.get(i).id(),
                        i == 0
                                ? "practice"
                                : "reception." + practices.get(i).odsCode().toLowerCase());
            }
            this.arrivals = new DemoArrivals(context, zone, groupOf, practiceUsers);
            this.lifecycle = new DemoReferralLifecycle(
                    context,
                    zone,
                    menu,
                    groupOf,
                    practiceUsers,
                    directory.organisation(
                            context.first(OrganisationType.LEAD_PROVIDER).id()),
                    directory.activeOrganisations(OrganisationType.PARTNER_PROVIDER));
        }

        Run referrals() {
            List<HistoricReferral> chunk = new ArrayList<>();
            int[] perDay = spread(context.settings.clients(), false);
            for (int day = 0; day < DAYS; day++) {
                LocalDate date = context.today.minusDays(DAYS - day);
                List<HistoricReferral> today = new ArrayList<>();
                for (int n = 0; n < perDay[day]; n++) {
                    DemoArrivals.Arrival arrival = arrivals.arrive(date);
                    today.add(lifecycle.lifecycle(arrival.details(), arrival.receivedAt(), arrival.receivedBy(), date));
                }
                today.sort(Comparator.comparing(HistoricReferral::receivedAt));
                chunk.addAll(today);
                if (chunk.size() >= CHUNK) {
                    flush(chunk);
                }
            }
            flush(chunk);
            return this;
        }

        Run enquiries() {
            List<HistoricEnquiry> chunk = new ArrayList<>();
            int[] perDay = spread(context.settings.clients() / 2, true);
            for (int day = 0; day < DAYS; day++) {
                LocalDate date = context.today.minusDays(DAYS - day);
                for (int n = 0; n < perDay[day]; n++) {
                    chunk.add(DemoEnquiries.on(date, context.random, clock.getZone(), SPOC));
                }
                if (chunk.size() >= CHUNK || day == DAYS - 1) {
                    imports.importEnquiries(chunk);
                    progress.advance(chunk.size());
                    chunk.clear();
                }
            }
            return this;
        }

        private void flush(List<HistoricReferral> chunk) {
            if (!chunk.isEmpty()) {
                imports.importReferrals(chunk);
                progress.advance(chunk.size());
                chunk.clear();
            }
        }

        /** Shares {@code total} over the days: weekdays busy, weekends quiet (the phone line is closed). */
        private int[] spread(int total, boolean phoneOnly) {
            double[] weights = new double[DAYS];
            double sum = 0;
            for (int day = 0; day < DAYS; day++) {
                DayOfWeek weekday = context.today.minusDays(DAYS - day).getDayOfWeek();
                weights[day] = weekday == DayOfWeek.SATURDAY
                        ? (phoneOnly ? 0 : 0.25)
                        : weekday == DayOfWeek.SUNDAY
                                ? (phoneOnly ? 0 : 0.2)
                                : weekday == DayOfWeek.MONDAY ? 1.25 : 1.0;
                sum += weights[day];
            }
            int[] counts = new int[DAYS];
            double carried = 0;
            for (int day = 0; day < DAYS; day++) {
                carried += total * weights[day] / sum;
                counts[day] = (int) Math.floor(carried + 1e-9);
                carried -= counts[day];
            }
            int given = java.util.Arrays.stream(counts).sum();
            counts[DAYS - 2] += total - given;
            return counts;
        }
    }
}
