package org.onedoor.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.contract.rules.PaymentFixtures.OUTPUT;
import static org.onedoor.contract.rules.PaymentFixtures.everyMonth;
import static org.onedoor.contract.rules.PaymentFixtures.pounds;
import static org.onedoor.contract.rules.PaymentFixtures.proportional;
import static org.onedoor.contract.rules.PaymentFixtures.reconciliation;
import static org.onedoor.contract.rules.PaymentFixtures.run;
import static org.onedoor.contract.rules.PaymentFixtures.threshold;

import org.junit.jupiter.api.Test;

/** Example 3 (11.9): an average of 250, 3,000 client-months: the core is met, no stretch. */
class Example3CoreMetTest {

    @Test
    void bothReadingsPayOneHundredThousand() {
        assertThat(run(everyMonth(250), proportional()).totalOf(OUTPUT)).isEqualTo(pounds("100000.00"));
        assertThat(run(everyMonth(250), threshold()).totalOf(OUTPUT)).isEqualTo(pounds("100000.00"));
    }

    @Test
    void theYearAddsUpToThreeThousandClientMonths() {
        YearStatement statement = run(everyMonth(250), proportional());

        assertThat(reconciliation(statement).quantity()).isEqualByComparingTo("3000");
        assertThat(reconciliation(statement).description())
                .isEqualTo("Annual reconciliation 2016/17: 3,000"
                        + " client-months (average 250 a month), 3,000 payable within 3,300: due £100,000.00; paid"
                        + " £100,000.00 in the months: nothing to reconcile");
    }
}
