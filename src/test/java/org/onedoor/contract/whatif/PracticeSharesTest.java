package org.onedoor.contract.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.evidence.ClientMonths;
import org.onedoor.contract.rules.BlockPayment;
import org.onedoor.contract.rules.EffectivePeriod;
import org.onedoor.contract.rules.PerClientPerMonth;
import org.onedoor.contract.rules.StatementLine;

class PracticeSharesTest {

    private static final YearMonth APRIL = YearMonth.of(2016, 4);
    private static final EffectivePeriod PERIOD = EffectivePeriod.from(APRIL);

    @Test
    void pennyLeftOverGoesToTheLargestRemainderSoSharesAddUpExactly() {
        assertThat(PracticeShares.split(1000, Map.of("A", 1L, "B", 1L, "C", 1L)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("A", 334L, "B", 333L, "C", 333L));
        assertThat(PracticeShares.split(-1000, Map.of("A", 2L, "B", 1L)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("A", -667L, "B", -333L));
        assertThat(PracticeShares.split(10, Map.of("A", 1L, "B", 2L, "C", 7L)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("A", 1L, "B", 2L, "C", 7L));
    }

    @Test
    void outputFollowsClientMonthsClientsWithoutAPracticeAndBlocksAreNotByPractice() {
        PerClientPerMonth output = PerClientPerMonth.nel(PERIOD);
        BlockPayment block = BlockPayment.monthly("Block", PERIOD, new BigDecimal("1200.00"));
        PracticeShares shares = new PracticeShares(
                List.of(output, block),
                List.of(new ClientMonths(APRIL, 10)),
                Map.of("P1", List.of(new ClientMonths(APRIL, 6)), "P2", List.of(new ClientMonths(APRIL, 3))),
                Map.of(),
                List.of(APRIL));

        List<PracticeAmount> amounts =
                shares.allocate(List.of(line(output.name(), "333.33"), line(block.name(), "100.00")));

        assertThat(amounts)
                .extracting(PracticeAmount::practice)
                .containsExactly("P1", "P2", PracticeAmount.NOT_BY_PRACTICE);
        assertThat(amounts)
                .extracting(PracticeAmount::total)
                .containsExactly(new BigDecimal("200.00"), new BigDecimal("100.00"), new BigDecimal("133.33"));
        assertThat(amounts.get(0).clientMonths()).isEqualTo(6);
    }

    private static StatementLine line(String rule, String amount) {
        return new StatementLine(
                APRIL, rule, "test line", BigDecimal.ONE, BigDecimal.ONE, new BigDecimal(amount), List.of());
    }
}
