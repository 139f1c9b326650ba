package org.onedoor.contract.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.rules.EffectivePeriod;
import org.onedoor.contract.rules.OutcomeMeasurePayment;
import org.onedoor.contract.rules.OutcomeMeasurePayment.Measure;
import org.onedoor.contract.rules.PaymentByOutcomes.CapMode;

/** Issue 16 item 4: the outcome-measure payment in the YAML contract document. */
class OutcomeMeasureDocumentTest {

    private static final String RULE = """
              - kind: OUTCOME_MEASURE
                name: PHQ-9 improvement
                from: 2016-04
                measure: PHQ9_RELIABLE_IMPROVEMENT
                amountPerClient: 50.00
                annualCap:
                  amount: 120.00
                  mode: WHOLE_PAYMENTS_ONLY
            """;

    private static String withRule(String rule) throws IOException {
        return Files.readString(Path.of("docs/examples/nel-2016.yaml")).replace("rules:\n", "rules:\n" + rule);
    }

    @Test
    void readsAndWritesBackEqual() throws IOException {
        ContractDocument document = ContractDocumentReader.read("measure.yaml", withRule(RULE));

        assertThat(document.rules().rules())
                .contains(new OutcomeMeasurePayment(
                        "PHQ-9 improvement",
                        EffectivePeriod.from(YearMonth.of(2016, 4)),
                        Measure.PHQ9_RELIABLE_IMPROVEMENT,
                        new BigDecimal("50.00"),
                        new BigDecimal("120.00"),
                        CapMode.WHOLE_PAYMENTS_ONLY));
        ContractDocument again = ContractDocumentReader.read("again.yaml", ContractDocumentWriter.write(document));
        assertThat(again).isEqualTo(document);
    }

    @Test
    void anUnknownMeasureIsRefusedAtItsLine() throws IOException {
        assertThatThrownBy(() -> ContractDocumentReader.read(
                        "measure.yaml", withRule(RULE.replace("PHQ9_RELIABLE_IMPROVEMENT", "FEELING_BETTER"))))
                .hasMessageContaining("FEELING_BETTER");
    }
}
