package org.onedoor.contract.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.rules.EffectivePeriod;
import org.onedoor.contract.rules.QualityWithhold;
import org.onedoor.contract.rules.QualityWithhold.Direction;
import org.onedoor.contract.rules.QualityWithhold.IndicatorRelease;
import org.onedoor.indicators.IndicatorScope;
import org.onedoor.shared.DomainRuleViolation;

/** Whose indicators a withhold is judged on: the contract's one agency, the partnership, or refused for several. */
class WithholdScopeTest {

    private static final QualityWithhold WITHHOLD = new QualityWithhold(
            "Quality withhold",
            EffectivePeriod.from(YearMonth.of(2016, 4)),
            BigDecimal.ONE,
            List.of("Output payment"),
            Month.MARCH,
            List.of(new IndicatorRelease("C19c", BigDecimal.TEN, Direction.AT_LEAST, new BigDecimal("100"))));

    @Test
    void aContractNamingOneAgencyIsMeasuredForIt() {
        WithholdScope scope =
                WithholdScope.of(WITHHOLD, EvidenceOptions.defaults().atAgencies(Set.of("N0852")));

        assertThat(scope.scope()).isEqualTo(IndicatorScope.agency("N0852"));
        assertThat(scope.key()).isEqualTo("AGENCY:N0852");
    }

    @Test
    void aContractNamingNoAgencyIsMeasuredOverThePartnership() {
        assertThat(WithholdScope.of(WITHHOLD, EvidenceOptions.defaults()).scope())
                .isEqualTo(IndicatorScope.partnership());
    }

    @Test
    void aContractNamingSeveralAgenciesIsRefusedNamingThem() {
        assertThatThrownBy(() ->
                        WithholdScope.of(WITHHOLD, EvidenceOptions.defaults().atAgencies(Set.of("B2", "A1"))))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("Quality withhold")
                .hasMessageContaining("2 agency codes (A1, B2)");
    }
}
