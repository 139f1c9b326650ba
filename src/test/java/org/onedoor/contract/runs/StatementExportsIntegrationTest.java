package org.onedoor.contract.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientRegistry;
import org.onedoor.contract.store.ContractFixtures;
import org.onedoor.contract.store.Contracts;
import org.onedoor.partnership.Directory;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.treatment.TreatmentImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A stored statement written as CSV, Excel and PDF, each read back. */
@IntegrationTest
class StatementExportsIntegrationTest {

    private final CurrentUser commissioner = new CurrentUser(
            UUID.randomUUID(), "exports-commissioner", "Commissioner", UUID.randomUUID(), Set.of(Role.COMMISSIONER));

    @Autowired
    PaymentRuns runs;

    @Autowired
    StatementExports exports;

    @Autowired
    Contracts contracts;

    @Autowired
    Directory directory;

    @Autowired
    ClientRegistry registry;

    @Autowired
    TreatmentImport treatment;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aStatementIsWrittenAsCsvExcelAndPdfWithItsLinesAndTotal() throws Exception {
        RecordedTreatment recorded = new RecordedTreatment(directory, registry, treatment, currentUsers);
        recorded.client("2016-04-05", "2016-05-20", "80");
        recorded.client("2016-04-05", null, null);
        String reference = ContractFixtures.uniqueReference();
        UUID contract = as(() -> contracts.importDocument(
                        "nel.yaml", ContractFixtures.example(reference, "ACTIVE", recorded.practiceCode)))
                .id();
        clock.setDate(LocalDate.of(2016, 6, 3));
        Statement may = as(() -> runs.run(contract, YearMonth.of(2016, 5)));
        List<List<String>> expected = new ArrayList<>();
        expected.add(List.of("month", "rule", "description", "quantity", "rate", "amount"));
        for (PaymentLine line : may.lines()) {
            expected.add(List.of(
                    line.month().toString(),
                    line.rule(),
                    line.description(),
                    org.onedoor.contract.rules.StatementCsvFormat.number(line.quantity()),
                    org.onedoor.contract.rules.StatementCsvFormat.number(line.rate()),
                    line.amount().toPlainString()));
        }
        assertThat(expected).hasSize(4);
        assertThat(expected.get(1).get(2)).contains(",");

        StatementExports.Export csv = as(() -> exports.csv(may.id().value()));
        assertThat(csv.fileName()).isEqualTo("statement-" + reference + "-2016-05-draft.csv");
        assertThat(csv(new String(csv.content(), StandardCharsets.UTF_8))).isEqualTo(expected);

        StatementExports.Export xlsx = as(() -> exports.xlsx(may.id().value()));
        List<List<String>> sheet = sheet(xlsx.content());
        assertThat(sheet.subList(0, 4)).isEqualTo(expected);
        assertThat(sheet.get(4)).containsExactly("Total", may.total().toPlainString());

        as(() -> runs.approve(may.id().value()));
        StatementExports.Export pdf = as(() -> exports.pdf(may.id().value()));
        assertThat(pdf.fileName()).isEqualTo("statement-" + reference + "-2016-05.pdf");
        PdfReader reader = new PdfReader(pdf.content());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains("Payment statement " + reference + " for 2016-05")
                .contains("Approved by exports-commissioner")
                .contains("CCG staffing and admin")
                .contains("£9,710.41")
                .contains("£" + String.format(java.util.Locale.UK, "%,.2f", may.total()));
        reader.close();
    }

    /** RFC 4180: quoted fields with doubled quotes, CRLF line ends. */
    private static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = !quoted;
                } else if (ch == ',' && !quoted) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(ch);
                }
            }
            fields.add(field.toString());
            rows.add(fields);
        }
        return rows;
    }

    /**
     * The cell texts of the first sheet, row by row (empty cells are absent). Read through the zip's central
     * directory, as spreadsheet programs read a workbook (fastexcel's entries carry their sizes there).
     */
    private static List<List<String>> sheet(byte[] xlsx) throws Exception {
        byte[] sheet = null;
        List<String> entries = new ArrayList<>();
        Path file = Files.createTempFile("statement", ".xlsx");
        try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                entries.add(entry.getName());
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        sheet = in.readAllBytes();
                    }
                }
            }
        } finally {
            Files.delete(file);
        }
        assertThat(entries)
                .contains("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList rows = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(sheet))
                .getElementsByTagNameNS("*", "row");
        List<List<String>> result = new ArrayList<>();
        for (int r = 0; r < rows.getLength(); r++) {
            NodeList cells = ((Element) rows.item(r)).getElementsByTagNameNS("*", "c");
            List<String> values = new ArrayList<>();
            for (int c = 0; c < cells.getLength(); c++) {
                values.add(cells.item(c).getTextContent());
            }
            result.add(values);
        }
        return result;
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return currentUsers.actingAs(commissioner, work);
    }
}
