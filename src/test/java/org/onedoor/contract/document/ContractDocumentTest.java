package org.onedoor.contract.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.evidence.CountingRule;
import org.onedoor.contract.rules.BlockPayment;
import org.onedoor.contract.rules.PaymentByOutcomes;
import org.onedoor.contract.rules.PerClientPerMonth;

class ContractDocumentTest {

    private static String example() throws IOException {
        return Files.readString(Path.of("docs/examples/nel-2016.yaml"));
    }

    @Test
    void readsTheShippedWorkedExampleContract() throws IOException {
        ContractDocument document = ContractDocumentReader.read("nel-2016.yaml", example());

        assertThat(document.header().reference()).isEqualTo("NEL-PCBSMTS-2016");
        assertThat(document.header().term().initialEnd()).isEqualTo(LocalDate.of(2019, 3, 31));
        assertThat(document.header().term().longestEnd()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(document.header().status()).isEqualTo(ContractHeader.Status.ACTIVE);
        assertThat(document.rules().funding())
                .extracting(f -> f.amount())
                .containsExactly(new BigDecimal("125000.00"), new BigDecimal("116525.00"));
        PerClientPerMonth output = (PerClientPerMonth) document.rules().rules().get(0);
        assertThat(output.coreAverageClients()).isEqualTo(250);
        assertThat(output.stretch().averageClients()).isEqualTo(275);
        assertThat(output.cap().clientMonthsPerYear()).isEqualTo(3300);
        assertThat(output.period().from()).isEqualTo(YearMonth.of(2016, 4));
        PaymentByOutcomes outcomes =
                (PaymentByOutcomes) document.rules().rules().get(1);
        assertThat(outcomes.qualifyingDischargeCodes()).containsExactlyInAnyOrder("80", "81");
        assertThat(outcomes.annualCap()).isEqualByComparingTo("15000");
        assertThat(((BlockPayment) document.rules().rules().get(2)).annualAmount())
                .isEqualByComparingTo("116525");
        assertThat(document.evidence().countingRule()).isEqualTo(CountingRule.ANY_DAY_OPEN_INTERVENTION);
        assertThat(document.evidence().qualifyingDischargeCodes()).isEqualTo(Set.of("80", "81"));
        assertThat(document.evidence().rePresentationWindow()).isEqualTo(6);
    }

    @Test
    void writesADocumentThatReadsBackEqual() throws IOException {
        ContractDocument read = ContractDocumentReader.read("nel-2016.yaml", example());

        String written = ContractDocumentWriter.write(read);
        ContractDocument again = ContractDocumentReader.read("written.yaml", written);

        assertThat(again).isEqualTo(read);
        assertThat(ContractDocumentWriter.write(again)).isEqualTo(written);
    }

    @Test
    void aWindowAndCodesSetInTheDocumentReachTheEvidenceAndSurviveTheRoundTrip() throws IOException {
        String text = example()
                .replace("windowMonths: 6", "windowMonths: 9")
                .replace("[\"80\", \"81\"]", "[\"80\", \"81\", \"82\"]");

        ContractDocument document = ContractDocumentReader.read("nel.yaml", text);
        ContractDocument again = ContractDocumentReader.read("again.yaml", ContractDocumentWriter.write(document));

        assertThat(document.evidence().rePresentationWindow()).isEqualTo(9);
        assertThat(document.evidence().qualifyingDischargeCodes()).contains("82");
        assertThat(again).isEqualTo(document);
    }

    @Test
    void countingByAttendedContactIsReadAndSurvivesTheRoundTrip() throws IOException {
        String text = example().replace("countingRule: ANY_DAY_OPEN_INTERVENTION", "countingRule: ATTENDED_CONTACT");

        ContractDocument document = ContractDocumentReader.read("nel.yaml", text);
        String written = ContractDocumentWriter.write(document);
        ContractDocument again = ContractDocumentReader.read("again.yaml", written);

        assertThat(document.evidence().countingRule()).isEqualTo(CountingRule.ATTENDED_CONTACT);
        assertThat(written).contains("countingRule: ATTENDED_CONTACT");
        assertThat(again).isEqualTo(document);
    }

    @Test
    void anUnknownCountingRuleNamesTheChoices() throws IOException {
        String text = example().replace("countingRule: ANY_DAY_OPEN_INTERVENTION", "countingRule: ATTENDED");

        assertThatThrownBy(() -> ContractDocumentReader.read("nel.yaml", text))
                .isInstanceOf(ContractDocumentProblem.class)
                .hasMessageContaining("evidence.countingRule")
                .hasMessageContaining("ATTENDED_CONTACT");
    }

    @Test
    void aMisspeltSettingIsRefusedWithItsLineAndField() throws IOException {
        String text = example().replace("coreAnnualValue:", "coreAnualValue:");

        assertThatThrownBy(() -> ContractDocumentReader.read("nel.yaml", text))
                .isInstanceOf(ContractDocumentProblem.class)
                .hasMessageStartingWith(
                        "nel.yaml line " + lineOf(text, "coreAnualValue") + ", rules[0].coreAnualValue:")
                .hasMessageContaining("is not a known setting here");
    }

    @Test
    void aNegativeAmountNamesTheField() throws IOException {
        String text = example().replace("amount: 180.00, qualifying", "amount: -180.00, qualifying");

        assertThatThrownBy(() -> ContractDocumentReader.read("nel.yaml", text))
                .hasMessageContaining("rules[1].completion.amount: must not be negative");
    }

    @Test
    void aCapBelowTheCoreIsRefusedAtItsRule() throws IOException {
        String text = example().replace("clientMonthsPerYear: 3300", "clientMonthsPerYear: 2000");

        assertThatThrownBy(() -> ContractDocumentReader.read("nel.yaml", text))
                .isInstanceOf(ContractDocumentProblem.class)
                .hasMessageContaining("rules[0]")
                .hasMessageContaining("Output payment");
    }

    @Test
    void anUnknownDischargeCodeIsRefused() throws IOException {
        String text = example().replace("[\"80\", \"81\"]", "[\"80\", \"99\"]");

        assertThatThrownBy(() -> ContractDocumentReader.read("nel.yaml", text))
                .isInstanceOf(ContractDocumentProblem.class)
                .hasMessageContaining("99");
    }

    @Test
    void brokenYamlNamesTheLine() {
        assertThatThrownBy(() -> ContractDocumentReader.read("bad.yaml", "format: onedoor-contract/1\ncontract: [a,\n"))
                .isInstanceOf(ContractDocumentProblem.class)
                .hasMessageStartingWith("bad.yaml line ")
                .hasMessageContaining("is not valid YAML");
    }

    @Test
    void aDocumentOfAnotherFormatIsRefused() {
        assertThatThrownBy(() -> ContractDocumentReader.read("old.yaml", "format: something-else\n"))
                .hasMessage(
                        "old.yaml line 1, format: must be onedoor-contract/1 (this version of OneDoor reads that format)");
    }

    @Test
    void aBadFinancialYearAndAnImpossibleDateAreNamed() throws IOException {
        assertThatThrownBy(() -> ContractDocumentReader.read(
                        "nel.yaml", example().replace("year: 2016/17, amount: 125", "year: 2016/18, amount: 125")))
                .hasMessageContaining("funding[0].year: must be a financial year as 2016/17");
        assertThatThrownBy(() -> ContractDocumentReader.read(
                        "nel.yaml", example().replace("start: 2016-04-01", "start: 2016-02-30")))
                .hasMessageContaining("contract.term.start: must be a date as yyyy-MM-dd, not 2016-02-30");
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
