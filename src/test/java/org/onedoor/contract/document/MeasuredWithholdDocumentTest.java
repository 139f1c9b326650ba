package org.onedoor.contract.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.onedoor.contract.rules.QualityWithhold;
import org.onedoor.contract.rules.QualityWithhold.Direction;
import org.onedoor.contract.rules.QualityWithhold.IndicatorRelease;
import org.onedoor.contract.rules.QualityWithhold.KpiRelease;

/** Issue 17 item 6: a withhold released on measured indicators in the YAML document; the typed form still reads. */
class MeasuredWithholdDocumentTest {

    private static final String RULE = """
              - kind: QUALITY_WITHHOLD
                name: Quality withhold
                from: 2016-04
                percent: 2.5
                appliesTo: [Output payment]
                releaseMonth: MARCH
                kpis:
                  - { indicator: C19c, threshold: 30, direction: AT_LEAST, sharePercent: 60 }
                  - { indicator: WAIT_START_OVER_3_WEEKS, threshold: 10, direction: AT_MOST, sharePercent: 40 }
            """;

    private static String withRule(String rule) throws IOException {
        return Files.readString(Path.of("docs/examples/nel-2016.yaml")).replace("rules:\n", "rules:\n" + rule);
    }

    private static QualityWithhold withhold(ContractDocument document) {
        return document.rules().rules().stream()
                .filter(QualityWithhold.class::isInstance)
                .map(QualityWithhold.class::cast)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void readsIndicatorsAndWritesThemBackEqual() throws IOException {
        ContractDocument document = ContractDocumentReader.read("withhold.yaml", withRule(RULE));

        assertThat(withhold(document).kpis())
                .containsExactly(
                        new IndicatorRelease("C19c", new BigDecimal("30"), Direction.AT_LEAST, new BigDecimal("60")),
                        new IndicatorRelease(
                                "WAIT_START_OVER_3_WEEKS", BigDecimal.TEN, Direction.AT_MOST, new BigDecimal("40")));
        String written = ContractDocumentWriter.write(document);
        assertThat(written).contains("indicator: C19c").doesNotContain("achieved");
        assertThat(ContractDocumentReader.read("again.yaml", written)).isEqualTo(document);
    }

    @Test
    void aRuleWrittenWithTypedResultsStillReadsAndWritesBack() throws IOException {
        String typed = RULE.replace(
                        "{ indicator: C19c, threshold: 30,",
                        "{ kpi: Successful completions, achieved: 42.5, threshold: 30,")
                .replace("{ indicator: WAIT_START_OVER_3_WEEKS,", "{ kpi: Waits,");

        ContractDocument document = ContractDocumentReader.read("typed.yaml", withRule(typed));

        assertThat(withhold(document).kpis())
                .first()
                .isEqualTo(new KpiRelease(
                        "Successful completions",
                        new BigDecimal("42.5"),
                        new BigDecimal("30"),
                        Direction.AT_LEAST,
                        new BigDecimal("60")));
        assertThat(ContractDocumentReader.read("again.yaml", ContractDocumentWriter.write(document)))
                .isEqualTo(document);
    }

    @Test
    void anUnknownIndicatorIsRefusedNamingIt() throws IOException {
        assertThatThrownBy(() -> ContractDocumentReader.read("withhold.yaml", withRule(RULE.replace("C19c", "C19x"))))
                .hasMessageContaining("Unknown indicator C19x");
    }

    @Test
    void aThresholdOutOfRangeIsRefused() throws IOException {
        assertThatThrownBy(() -> ContractDocumentReader.read(
                        "withhold.yaml", withRule(RULE.replace("threshold: 30", "threshold: 130"))))
                .hasMessageContaining("The threshold of C19c is a percentage from 0 to 100, not 130");
    }

    @Test
    void anIndicatorWithATypedResultIsRefused() throws IOException {
        assertThatThrownBy(() -> ContractDocumentReader.read(
                        "withhold.yaml", withRule(RULE.replace("indicator: C19c,", "indicator: C19c, achieved: 31,"))))
                .hasMessageContaining("measured by the run");
    }
}
