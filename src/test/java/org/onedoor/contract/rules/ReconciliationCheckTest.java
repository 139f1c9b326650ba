package org.onedoor.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.contract.rules.PaymentFixtures.FROM_APRIL_2016;
import static org.onedoor.contract.rules.PaymentFixtures.OUTCOMES;
import static org.onedoor.contract.rules.PaymentFixtures.OUTPUT;
import static org.onedoor.contract.rules.PaymentFixtures.YEAR;
import static org.onedoor.contract.rules.PaymentFixtures.completion;
import static org.onedoor.contract.rules.PaymentFixtures.everyMonth;
import static org.onedoor.contract.rules.PaymentFixtures.outcomes;
import static org.onedoor.contract.rules.PaymentFixtures.pounds;
import static org.onedoor.contract.rules.PaymentFixtures.proportional;
import static org.onedoor.contract.rules.PaymentFixtures.run;
import static org.onedoor.contract.rules.PaymentFixtures.withOutcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.evidence.ActivityEvidence;
import org.onedoor.contract.evidence.OutcomeEvent;

/** Domain reference 11.7: the grant against what was paid, and next year's outcome liability on the reserve. */
class ReconciliationCheckTest {

    private static final BigDecimal GRANT = pounds("125000.00");
    private final PaymentByOutcomes outcomeRule = PaymentByOutcomes.nel(FROM_APRIL_2016);

    @Test
    void outputOfExampleFourAndOutcomesOfExampleEightAUnderspendTheGrantBySevenThousandSixHundred() {
        YearStatement statement = run(withOutcomes(everyMonth(262), outcomes(40, 30)), proportional(), outcomeRule);

        assertThat(statement.totalOf(OUTPUT)).isEqualTo(pounds("104800.00"));
        assertThat(statement.totalOf(OUTCOMES)).isEqualTo(pounds("12600.00"));
        assertThat(statement.total()).isEqualTo(pounds("117400.00"));
        assertThat(GRANT.subtract(statement.total())).isEqualTo(pounds("7600.00"));
    }

    @Test
    void eighteenWindowsOpenAtTheYearEndCommitThreeThousandTwoHundredAndFortyOfTheReserve() {
        List<OutcomeEvent> events = new ArrayList<>(outcomes(40, 30));
        for (int i = 0; i < 18; i++) {
            events.add(completion(100 + i, LocalDate.of(2016, 10, 1).plusDays(10L * i), "80"));
        }
        ActivityEvidence evidence = withOutcomes(everyMonth(262), events);

        OutcomeLiability liability = OutcomeLiability.atYearEnd(outcomeRule, evidence, YEAR, 6);

        assertThat(liability.openWindows()).hasSize(18);
        assertThat(liability.amount()).isEqualTo(pounds("3240.00"));
        assertThat(liability.uncommitted(pounds("7600.00"))).isEqualTo(pounds("4360.00"));
    }

    @Test
    void aWindowConfirmableOnTheLastDayOfTheYearIsNoLiabilityButOneEndingThatDayIs() {
        ActivityEvidence evidence = withOutcomes(
                everyMonth(0),
                List.of(
                        completion(1, LocalDate.of(2016, 9, 30), "80"),
                        completion(2, LocalDate.of(2016, 10, 1), "80"),
                        completion(3, LocalDate.of(2016, 9, 1), "85")));

        OutcomeLiability liability = OutcomeLiability.atYearEnd(outcomeRule, evidence, YEAR, 6);

        assertThat(liability.openWindows()).extracting(OutcomeEvent::clientKey).containsExactly("C0002");
    }
}
