package org.onedoor.contract.examples;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.onedoor.contract.examples.ExampleActivity.Practice;
import org.onedoor.contract.examples.ExampleActivity.Profile;
import org.onedoor.contract.store.ContractFixtures;

/**
 * One worked example of domain reference 11.9 (or a variant of its table): the input profile, the contract
 * document's changes from docs/examples/nel-2016.yaml, and what the year pays, in the reference's own figures.
 */
record WorkedExample(String name, Profile profile, List<Variant> variants, List<Expectation> expected) {

    static final String OUTPUT = "Output payment";
    static final String OUTCOMES = "Payment by outcomes";
    static final String BLOCK = "CCG staffing and admin";

    /** A setting of the example contract changed, as the reference's variants (11.8) name them. */
    enum Variant {
        THRESHOLD_BONUS("shape: PROPORTIONAL_TO_CAP", "shape: THRESHOLD_BONUS"),
        RATE_IN_PENCE("rateRounding: EXACT", "rateRounding: PENCE"),
        ROUND_EACH_MONTH("rounding: { method: CUMULATIVE_YEAR_TO_DATE", "rounding: { method: PER_LINE"),
        MONTHLY_CAP("timing: CUMULATIVE_YEAR_TO_DATE }", "timing: MONTHLY }"),
        RECONCILE_AT_YEAR_END("timing: CUMULATIVE_YEAR_TO_DATE }", "timing: RECONCILE }"),
        NO_CAP(
                "    cap: { clientMonthsPerYear: 3300, timing: CUMULATIVE_YEAR_TO_DATE }   # or MONTHLY, RECONCILE\n",
                ""),
        WHOLE_PAYMENTS_ONLY("mode: MONEY_PARTIAL }", "mode: WHOLE_PAYMENTS_ONLY }");

        private final String from;
        private final String to;

        Variant(String from, String to) {
            this.from = from;
            this.to = to;
        }
    }

    /** One figure the year must show. */
    interface Expectation {
        void check(PaidYear year, SoftAssertions softly);
    }

    /**
     * The example contract under a new reference and status, counting only the profile's practices, with the
     * variant's settings changed.
     */
    String contract(String reference, String status, Map<Practice, String> practiceCodes) {
        String yaml = ContractFixtures.example(
                reference,
                status,
                profile.practices.stream().map(practiceCodes::get).sorted().collect(Collectors.joining(", ")));
        for (Variant variant : variants) {
            yaml = ContractFixtures.replace(yaml, variant.from, variant.to);
        }
        return yaml;
    }

    /** Checks every expected figure (and the CCG's £116,525.00 in instalments, 11.2), reporting all that differ. */
    void check(PaidYear year) {
        SoftAssertions softly = new SoftAssertions();
        total(BLOCK, "116525.00").check(year, softly);
        expected.forEach(expectation -> expectation.check(year, softly));
        softly.assertAll();
    }

    @Override
    public String toString() {
        return name;
    }

    static Expectation total(String rule, String pounds) {
        return (year, softly) -> softly.assertThat(year.total(rule))
                .as("%s: %s for 2016/17", year.source(), rule)
                .isEqualTo(new BigDecimal(pounds));
    }

    static Expectation months(String rule, String... pounds) {
        return (year, softly) -> softly.assertThat(year.months(rule))
                .as("%s: %s month by month, April to March", year.source(), rule)
                .containsExactlyElementsOf(
                        List.of(pounds).stream().map(BigDecimal::new).toList());
    }

    static Expectation everyMonth(String rule, String pounds) {
        return months(rule, Collections.nCopies(12, pounds).toArray(String[]::new));
    }

    static Expectation payments(String rule, int count) {
        return (year, softly) -> softly.assertThat(year.payments(rule))
                .as("%s: %s lines", year.source(), rule)
                .isEqualTo(count);
    }

    /** Worth before the cap. */
    static Expectation uncapped(String rule, String pounds) {
        return (year, softly) -> softly.assertThat(year.due(rule))
                .as("%s: %s before the cap", year.source(), rule)
                .isEqualTo(new BigDecimal(pounds));
    }

    static Expectation unpaid(String rule, String pounds) {
        return (year, softly) -> softly.assertThat(year.due(rule).subtract(year.total(rule)))
                .as("%s: %s left unpaid by the cap", year.source(), rule)
                .isEqualTo(new BigDecimal(pounds));
    }

    static Expectation clawedBack(String rule, String pounds) {
        return (year, softly) -> softly.assertThat(year.clawedBack(rule))
                .as("%s: %s clawed back", year.source(), rule)
                .isEqualTo(new BigDecimal(pounds));
    }
}
