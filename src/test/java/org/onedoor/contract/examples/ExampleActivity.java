package org.onedoor.contract.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The activity behind the worked examples of domain reference 11.9, in 2016/17, as GP practices of one lead
 * provider. An example's monthly profile is the sum of a few practices (a contract counts the practices its
 * {@code practiceCodes} name), so one recorded practice serves every example and variant that needs its clients: 240
 * every month, plus 10 is 250, plus 12 is 262, and so on. The same spec is recorded in OneDoor and written as an
 * NDTMS activity file.
 */
final class ExampleActivity {

    static final LocalDate APRIL = LocalDate.of(2016, 4, 1);

    private ExampleActivity() {}

    /** A GP practice and the clients it treats. */
    enum Practice {
        ALL_YEAR_240,
        ALL_YEAR_10_TWO_INTERVENTIONS,
        ALL_YEAR_12,
        ALL_YEAR_12_MORE,
        APRIL_TO_FEBRUARY_1,
        MARCH_1,
        ALL_YEAR_25,
        APRIL_TO_SEPTEMBER_50,
        COMPLETED_40_SUSTAINED_30,
        COMPLETED_10_SUSTAINED_3,
        COMPLETED_1_SUSTAINED_0,
        COMPLETED_20_SUSTAINED_15
    }

    /** The inputs of the examples: the practices whose clients add up to each monthly profile or outcome count. */
    enum Profile {
        AVERAGE_240("240 every month (2,880 client-months)", Practice.ALL_YEAR_240),
        AVERAGE_250(
                "250 every month (3,000 client-months)", Practice.ALL_YEAR_240, Practice.ALL_YEAR_10_TWO_INTERVENTIONS),
        AVERAGE_262(
                "262 every month (3,144 client-months)",
                Practice.ALL_YEAR_240,
                Practice.ALL_YEAR_10_TWO_INTERVENTIONS,
                Practice.ALL_YEAR_12),
        CLIENT_MONTHS_3299(
                "275 a month, 274 in March (3,299 client-months)",
                Practice.ALL_YEAR_240,
                Practice.ALL_YEAR_10_TWO_INTERVENTIONS,
                Practice.ALL_YEAR_12,
                Practice.ALL_YEAR_12_MORE,
                Practice.APRIL_TO_FEBRUARY_1),
        AVERAGE_275(
                "275 every month (3,300 client-months)",
                Practice.ALL_YEAR_240,
                Practice.ALL_YEAR_10_TWO_INTERVENTIONS,
                Practice.ALL_YEAR_12,
                Practice.ALL_YEAR_12_MORE,
                Practice.APRIL_TO_FEBRUARY_1,
                Practice.MARCH_1),
        AVERAGE_300(
                "300 every month (3,600 client-months)",
                Practice.ALL_YEAR_240,
                Practice.ALL_YEAR_10_TWO_INTERVENTIONS,
                Practice.ALL_YEAR_12,
                Practice.ALL_YEAR_12_MORE,
                Practice.APRIL_TO_FEBRUARY_1,
                Practice.MARCH_1,
                Practice.ALL_YEAR_25),
        UNEVEN(
                "300 a month April-September, 250 October-March",
                Practice.ALL_YEAR_240,
                Practice.ALL_YEAR_10_TWO_INTERVENTIONS,
                Practice.APRIL_TO_SEPTEMBER_50),
        OUTCOMES_70("40 completions, 30 sustained", Practice.COMPLETED_40_SUSTAINED_30),
        OUTCOMES_83(
                "50 completions, 33 sustained", Practice.COMPLETED_40_SUSTAINED_30, Practice.COMPLETED_10_SUSTAINED_3),
        OUTCOMES_84(
                "51 completions, 33 sustained",
                Practice.COMPLETED_40_SUSTAINED_30,
                Practice.COMPLETED_10_SUSTAINED_3,
                Practice.COMPLETED_1_SUSTAINED_0),
        OUTCOMES_105(
                "60 completions, 45 sustained", Practice.COMPLETED_40_SUSTAINED_30, Practice.COMPLETED_20_SUSTAINED_15);

        final String description;
        final Set<Practice> practices;

        Profile(String description, Practice first, Practice... more) {
            this.description = description;
            this.practices = EnumSet.of(first, more);
        }
    }

    /** One client: episodes one after another at one practice. */
    record Client(Practice practice, int number, List<Episode> episodes) {}

    /** An episode, triaged, open or discharged with a reason, and its interventions at the practice. */
    record Episode(
            LocalDate triaged,
            @Nullable LocalDate discharged,
            @Nullable String reason,
            List<Intervention> interventions) {}

    record Intervention(LocalDate started, @Nullable LocalDate ended) {}

    /** Every practice's clients. */
    static List<Client> clients() {
        List<Client> clients = new ArrayList<>();
        for (Practice practice : Practice.values()) {
            clients.addAll(clients(practice));
        }
        return clients;
    }

    static List<Client> clients(Practice practice) {
        return switch (practice) {
            // open since February: the months before April 2016 are another financial year
            case ALL_YEAR_240 -> times(practice, 240, n -> List.of(open(LocalDate.of(2016, 2, 1))));
            // two overlapping interventions, counted once a month
            case ALL_YEAR_10_TWO_INTERVENTIONS ->
                times(
                        practice,
                        10,
                        n -> List.of(new Episode(
                                APRIL.minusDays(7),
                                null,
                                null,
                                List.of(
                                        new Intervention(APRIL, LocalDate.of(2016, 10, 15)),
                                        new Intervention(LocalDate.of(2016, 10, 1), null)))));
            case ALL_YEAR_12, ALL_YEAR_12_MORE -> times(practice, 12, n -> List.of(open(APRIL)));
            case ALL_YEAR_25 -> times(practice, 25, n -> List.of(open(APRIL)));
            case APRIL_TO_FEBRUARY_1 -> times(practice, 1, n -> List.of(droppedOut(LocalDate.of(2017, 2, 28))));
            case MARCH_1 -> times(practice, 1, n -> List.of(open(LocalDate.of(2017, 3, 1))));
            case APRIL_TO_SEPTEMBER_50 -> times(practice, 50, n -> List.of(droppedOut(LocalDate.of(2016, 9, 30))));
            case COMPLETED_40_SUSTAINED_30 -> completions(practice, 40, 30);
            case COMPLETED_10_SUSTAINED_3 -> completions(practice, 10, 3);
            case COMPLETED_1_SUSTAINED_0 -> completions(practice, 1, 0);
            case COMPLETED_20_SUSTAINED_15 -> completions(practice, 20, 15);
        };
    }

    /**
     * Successful completions (discharge reason 80) every third day from 1 April 2016, so all by the end of July and
     * every 6-month window closed by February 2017; the first {@code sustained} stay out of treatment, the others
     * re-present: a new episode triaged a month after the discharge, inside the window.
     */
    private static List<Client> completions(Practice practice, int completions, int sustained) {
        return times(practice, completions, n -> {
            LocalDate discharged = APRIL.plusDays(3L * n);
            Episode completed = new Episode(
                    LocalDate.of(2016, 1, 11),
                    discharged,
                    "80",
                    List.of(new Intervention(LocalDate.of(2016, 1, 18), discharged)));
            if (n < sustained) {
                return List.of(completed);
            }
            LocalDate returned = discharged.plusMonths(1);
            return List.of(completed, new Episode(returned, null, null, List.of(new Intervention(returned, null))));
        });
    }

    private static Episode open(LocalDate started) {
        return new Episode(started.minusDays(7), null, null, List.of(new Intervention(started, null)));
    }

    /** In treatment from April to the day the client drops out (reason 85, not a completion). */
    private static Episode droppedOut(LocalDate last) {
        return new Episode(APRIL.minusDays(7), last, "85", List.of(new Intervention(APRIL, last)));
    }

    private static List<Client> times(Practice practice, int count, IntFunction<List<Episode>> episodes) {
        return IntStream.range(0, count)
                .mapToObj(n -> new Client(practice, n, episodes.apply(n)))
                .toList();
    }
}
