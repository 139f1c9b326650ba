package org.onedoor.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.contract.rules.PaymentFixtures.FROM_APRIL_2016;
import static org.onedoor.contract.rules.PaymentFixtures.clientKey;
import static org.onedoor.contract.rules.PaymentFixtures.episodeKey;
import static org.onedoor.contract.rules.PaymentFixtures.everyMonth;
import static org.onedoor.contract.rules.PaymentFixtures.pounds;
import static org.onedoor.contract.rules.PaymentFixtures.run;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.evidence.ActivityEvidence;
import org.onedoor.contract.evidence.MeasureEvent;
import org.onedoor.contract.rules.OutcomeMeasurePayment.Measure;
import org.onedoor.contract.rules.PaymentByOutcomes.CapMode;

/** Issue 16 item 4: an amount per client meeting a named outcome measure, once per episode, under the outcome cap. */
class OutcomeMeasurePaymentTest {

    private static final String PHQ9 = "PHQ-9 improvement";
    private final OutcomeMeasurePayment rule = new OutcomeMeasurePayment(
            PHQ9,
            FROM_APRIL_2016,
            Measure.PHQ9_RELIABLE_IMPROVEMENT,
            pounds("50.00"),
            pounds("120.00"),
            CapMode.MONEY_PARTIAL);

    private static ActivityEvidence evidence(List<MeasureEvent> measures) {
        ActivityEvidence activity = everyMonth(0);
        return new ActivityEvidence(activity.clientMonths(), activity.outcomes(), measures);
    }

    private static MeasureEvent phq9(int client, LocalDate shown) {
        return new MeasureEvent("PHQ9_RELIABLE_IMPROVEMENT", clientKey(client), episodeKey(client), shown);
    }

    @Test
    void paysOncePerClientPerEpisodeInTheMonthTheEvidenceFirstShowsIt() {
        YearStatement statement = run(
                evidence(List.of(
                        phq9(1, LocalDate.of(2016, 7, 20)),
                        phq9(1, LocalDate.of(2016, 6, 3)),
                        new MeasureEvent(
                                "GAD7_RELIABLE_IMPROVEMENT", clientKey(2), episodeKey(2), LocalDate.of(2016, 6, 1)))),
                rule);

        assertThat(statement.linesOf(PHQ9)).singleElement().satisfies(line -> {
            assertThat(line.month()).isEqualTo(YearMonth.of(2016, 6));
            assertThat(line.amount()).isEqualTo(pounds("50.00"));
            assertThat(line.evidence()).containsExactly(clientKey(1), episodeKey(1));
            assertThat(line.description())
                    .isEqualTo(
                            "Outcome measure: reliable improvement on PHQ-9 at the 6-month"
                                    + " review (evidence shows it 2016-06-03): £50.00 paid; year to date £50.00 of a £120.00 cap");
        });
    }

    @Test
    void theCapCutsInTheOrderTheEvidenceShowsThemAndTheExcessIsLost() {
        List<MeasureEvent> events = new ArrayList<>();
        for (int client = 1; client <= 4; client++) {
            events.add(phq9(client, LocalDate.of(2016, 4, 1).plusWeeks(client)));
        }
        YearStatement partial = run(evidence(events), rule);
        assertThat(partial.linesOf(PHQ9))
                .extracting(StatementLine::amount)
                .containsExactly(pounds("50.00"), pounds("50.00"), pounds("20.00"), pounds("0.00"));
        assertThat(partial.linesOf(PHQ9).get(2).description())
                .contains("£50.00, paid £20.00: the £120.00 annual cap is reached (£30.00 unpaid)");
        assertThat(partial.totalOf(PHQ9)).isEqualTo(pounds("120.00"));

        OutcomeMeasurePayment whole = new OutcomeMeasurePayment(
                PHQ9,
                FROM_APRIL_2016,
                Measure.PHQ9_RELIABLE_IMPROVEMENT,
                pounds("50.00"),
                pounds("120.00"),
                CapMode.WHOLE_PAYMENTS_ONLY);
        assertThat(run(evidence(events), whole).totalOf(PHQ9)).isEqualTo(pounds("100.00"));
    }

    @Test
    void aVoidedMeasureIsGoneFromTheNextEvidenceSoItsMonthIsRestated() {
        MeasureEvent shown = phq9(1, LocalDate.of(2016, 5, 10));
        assertThat(run(evidence(List.of(shown)), rule).totalOf(PHQ9)).isEqualTo(pounds("50.00"));
        assertThat(run(evidence(List.of()), rule).linesOf(PHQ9)).isEmpty();
    }
}
