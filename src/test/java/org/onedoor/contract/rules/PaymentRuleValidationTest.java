package org.onedoor.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onedoor.contract.rules.PaymentFixtures.FROM_APRIL_2016;
import static org.onedoor.contract.rules.PaymentFixtures.OUTPUT;
import static org.onedoor.contract.rules.PaymentFixtures.YEAR;
import static org.onedoor.contract.rules.PaymentFixtures.everyMonth;
import static org.onedoor.contract.rules.PaymentFixtures.month;
import static org.onedoor.contract.rules.PaymentFixtures.pounds;
import static org.onedoor.contract.rules.PaymentFixtures.proportional;

import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.rules.ContractRules.Funding;
import org.onedoor.contract.rules.PerClientPerMonth.CapTiming;
import org.onedoor.contract.rules.PerClientPerMonth.ClientMonthCap;
import org.onedoor.contract.rules.RuleFindings.InvalidPaymentRules;

class PaymentRuleValidationTest {

    private static final String CCG = "CCG staffing and admin";
    private final BlockPayment block = BlockPayment.monthly(CCG, FROM_APRIL_2016, pounds("116525.00"));
    private final PaymentByOutcomes outcomes = PaymentByOutcomes.nel(FROM_APRIL_2016);

    private static ContractRules nel(BigDecimal grant) {
        return ContractRules.of(
                        "nel-pcbsmts",
                        BlockPayment.monthly(CCG, FROM_APRIL_2016, pounds("116525.00")),
                        proportional(),
                        PaymentByOutcomes.nel(FROM_APRIL_2016))
                .fundedBy(
                        new Funding("Council public health grant", YEAR, grant),
                        new Funding("CCG contribution", YEAR, pounds("116525.00")));
    }

    @Test
    void theNelContractIsValidAndExactlyFunded() {
        RuleFindings findings = PaymentRuleValidation.validate(nel(pounds("125000.00")));

        assertThat(findings.valid()).isTrue();
        assertThat(findings.warnings()).isEmpty();
    }

    @Test
    void warnsWhenTheFundingDoesNotCoverTheMostTheRulesCanPay() {
        RuleFindings findings = PaymentRuleValidation.validate(nel(pounds("120000.00")));

        assertThat(findings.valid()).isTrue();
        assertThat(findings.warningMessages())
                .containsExactly("Funding for 2016/17 is £236,525.00 but the rules can"
                        + " pay up to £241,525.00: £5,000.00 is not covered");
    }

    @Test
    void warnsThatAnUncappedRuleCannotBeCheckedAgainstFunding() {
        ContractRules uncapped = ContractRules.of("c", proportional().withCap(null))
                .fundedBy(new Funding("Grant", YEAR, pounds("125000.00")));

        assertThat(PaymentRuleValidation.validate(uncapped).warningMessages())
                .containsExactly("Output payments: Has"
                        + " no cap, so the 2016/17 funding cannot be checked against the most it can pay");
    }

    @Test
    void collectsEveryProblemAtOnce() {
        ContractRules contract = ContractRules.of(
                "broken",
                block,
                BlockPayment.monthly(CCG, EffectivePeriod.from(month(7)), pounds("-1.00")),
                proportional().withCap(ClientMonthCap.of(2900, CapTiming.CUMULATIVE_YEAR_TO_DATE)),
                outcomes.withQualifyingDischargeCodes(Set.of("80", "99", " ")),
                new PaymentByOutcomes(
                        "Negative outcomes",
                        FROM_APRIL_2016,
                        pounds("-180.00"),
                        pounds("180.00"),
                        Set.of(),
                        true,
                        null,
                        PaymentByOutcomes.CapMode.MONEY_PARTIAL),
                new QualityWithhold(
                        "CQUIN",
                        FROM_APRIL_2016,
                        new BigDecimal("120"),
                        List.of(OUTPUT, "Nowhere"),
                        Month.MARCH,
                        List.of()),
                new Retainer(
                        "",
                        new EffectivePeriod(month(6), month(2)),
                        pounds("100"),
                        2,
                        Retainer.Frequency.MONTHLY,
                        BigDecimal.ZERO));

        RuleFindings findings = PaymentRuleValidation.validate(contract);

        assertThat(findings.errorMessages())
                .containsExactlyInAnyOrder(
                        "CCG staffing and admin: The annual amount cannot be negative (-1.00)",
                        "CCG staffing and admin: Two versions of this rule overlap (2016-04 to open and 2016-10 to open):"
                                + " end the earlier one before the later one starts",
                        "Output payments: The cap of 2,900 client-months a year is below the core of 3,000 (250 clients"
                                + " × 12): raise the cap or lower the core",
                        "Outcome payments: A qualifying discharge code is blank",
                        "Outcome payments: Unknown discharge code 99: use codes from the discharge reason list (80-89, 93-97)",
                        "Negative outcomes: The stage 1 amount cannot be negative (-180.00)",
                        "Negative outcomes: No qualifying discharge codes: list the codes that count as a successful"
                                + " completion, such as 80 and 81",
                        "CQUIN: The withhold must be 0% to 100%, not 120%",
                        "CQUIN: Applies to \"Nowhere\", which is not a rule of this contract",
                        "A Retainer rule has no name: give every rule a name for its statement lines",
                        "The period ends (2016-05) before it starts (2016-09)");
    }

    @Test
    void eachProblemSaysWhichSettingOfWhichRuleItIsAbout() {
        ContractRules contract = ContractRules.of(
                        "broken",
                        block,
                        proportional().withCap(ClientMonthCap.of(2900, CapTiming.CUMULATIVE_YEAR_TO_DATE)),
                        BlockPayment.monthly(CCG, EffectivePeriod.from(month(7)), pounds("-1.00")),
                        outcomes.withQualifyingDischargeCodes(Set.of("99")))
                .fundedBy(new Funding("Grant", YEAR, pounds("1")));

        RuleFindings findings = PaymentRuleValidation.validate(contract);

        assertThat(findings.errors())
                .extracting(RuleFindings.Finding::at)
                .containsExactlyInAnyOrder(
                        "rules[1].capClientMonths",
                        "rules[2].annualAmount",
                        "rules[3].dischargeCodes",
                        "rules[2].from");
        assertThat(findings.warnings()).extracting(RuleFindings.Finding::at).containsExactly("funding");
    }

    @Test
    void theCalculatorRefusesInvalidRulesListingEveryProblem() {
        ContractRules contract = ContractRules.of(
                "broken",
                proportional().withCap(ClientMonthCap.of(2900, CapTiming.MONTHLY)),
                new QualityWithhold(
                        "CQUIN", FROM_APRIL_2016, new BigDecimal("-1"), List.of(OUTPUT), Month.MARCH, List.of()));

        assertThatThrownBy(() -> new PaymentCalculator().year(contract, everyMonth(250), YEAR))
                .isInstanceOf(InvalidPaymentRules.class)
                .hasMessage("The set of payment rules has 2 problems")
                .satisfies(thrown -> assertThat(((InvalidPaymentRules) thrown).problems())
                        .extracting(problem -> problem.field())
                        .containsExactly(OUTPUT, "CQUIN"));
    }

    @Test
    void versionsOfARuleThatFollowEachOtherDoNotOverlap() {
        ContractRules contract = ContractRules.of(
                "c",
                BlockPayment.monthly(CCG, new EffectivePeriod(month(1), month(6)), pounds("100000.00")),
                BlockPayment.monthly(CCG, EffectivePeriod.from(month(7)), pounds("120000.00")));

        assertThat(PaymentRuleValidation.validate(contract).valid()).isTrue();
    }
}
