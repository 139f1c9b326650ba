package org.onedoor.contract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The written contract document byte for byte against golden files: people keep these documents under version
 * control and diff them, so the layout (one setting a line, two-space indents, quotes only where YAML needs them,
 * codes as flow lists) must not change when the writer's internals do.
 */
class ContractDocumentLayoutTest {

    private static final Path GOLDEN = Path.of("src/test/resources/contract");

    /** The two rule kinds the worked example lacks, with a list of mappings (kpis) inside a list item. */
    private static final String OTHER_RULES = """
                  - kind: RETAINER
                    name: GP retainer
                    from: 2016-04
                    to: 2017-03
                    amountPerPracticePerYear: 1200.00
                    practices: 12
                    frequency: MONTHLY
                    legacyRatePerClientMonth: 0.50
                  - kind: QUALITY_WITHHOLD
                    name: Quality withhold
                    from: 2016-04
                    percent: 2.50
                    appliesTo: ["- Output: payment #1"]
                    releaseMonth: MARCH
                    kpis:
                      - { kpi: "Waiting: under 3 weeks", achieved: 91.5, threshold: 90, direction: AT_LEAST, sharePercent: 50 }
                      - { kpi: Drop-outs, threshold: 10, direction: AT_MOST, sharePercent: 50 }
                """;

    @Test
    void theWorkedExampleIsWrittenInTheKnownLayout() throws IOException {
        ContractDocument document = ContractDocumentReader.read("nel-2016.yaml", example());

        assertThat(ContractDocumentWriter.write(document)).isEqualTo(golden("nel-2016-written.yaml"));
    }

    @Test
    void textsThatYamlWouldMisreadAreQuotedAndEscapedAsBefore() throws IOException {
        String text = example()
                        .replace(
                                "name: Primary-care-based substance misuse treatment services",
                                "name: \"Say \\\"hi\\\": C:\\\\path # not a comment, £5 \"")
                        .replace(
                                "commissioners: [North East Lincolnshire CCG, North East Lincolnshire Council]",
                                "commissioners: [\"yes\", \"A: B\", \"O'Neil & Sons (Grimsby) Ltd.\", \"two\\nlines\"]")
                        .replace("leadProvider: Lead provider of the GP practice partnership", "leadProvider: \"No\"")
                        .replace("name: Output payment", "name: \"- Output: payment #1\"")
                        .replace("name: CCG staffing and admin", "name: 2016 staffing, admin & C/O costs")
                        .replace("source: CCG contribution", "source: \"Off\"")
                + OTHER_RULES;
        ContractDocument document = ContractDocumentReader.read("tricky.yaml", text);

        String written = ContractDocumentWriter.write(document);

        assertThat(written).isEqualTo(golden("tricky-written.yaml"));
        assertThat(ContractDocumentReader.read("again.yaml", written)).isEqualTo(document);
    }

    @Test
    void controlCharactersInATextAreEscapedSoTheyReadBackExactly() throws IOException {
        String text = example()
                .replace(
                        "leadProvider: Lead provider of the GP practice partnership",
                        "leadProvider: \"Lead\\tprovider\\r\\nof the\\u2028partnership\"");
        ContractDocument document = ContractDocumentReader.read("control.yaml", text);

        String written = ContractDocumentWriter.write(document);

        assertThat(written).contains("  leadProvider: \"Lead\\tprovider\\r\\nof the\\Lpartnership\"\n");
        assertThat(ContractDocumentReader.read("again.yaml", written)).isEqualTo(document);
    }

    /** SnakeYAML will not write 007 plain (YAML 1.1 reads it as octal), so it is quoted; it reads back the same. */
    @Test
    void aTextWithALeadingZeroIsQuotedAndReadsBackTheSame() throws IOException {
        String text = example()
                .replace("leadProvider: Lead provider of the GP practice partnership", "leadProvider: \"007\"");
        ContractDocument document = ContractDocumentReader.read("zero.yaml", text);

        String written = ContractDocumentWriter.write(document);

        assertThat(written).contains("  leadProvider: \"007\"\n");
        assertThat(ContractDocumentReader.read("again.yaml", written)).isEqualTo(document);
    }

    private static String example() throws IOException {
        return Files.readString(Path.of("docs/examples/nel-2016.yaml"));
    }

    private static String golden(String name) throws IOException {
        return Files.readString(GOLDEN.resolve(name));
    }
}
