package org.onedoor.contract.runs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A statement as an Excel workbook (Office Open XML SpreadsheetML, the smallest valid package: one sheet, inline
 * strings, numbers as numbers), written with the JDK's zip support so no spreadsheet library is needed. Columns as
 * the CSV, then a total row.
 */
final class StatementXlsx {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private StatementXlsx() {
    }

    static byte[] of(Statement statement) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", HEAD + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\""
                    + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", HEAD + "<Relationships xmlns=\"" + PACKAGE + "\"><Relationship Id=\"rId1\""
                    + " Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", HEAD + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS
                    + "\"><sheets><sheet name=\"Statement " + statement.month() + "\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", HEAD + "<Relationships xmlns=\"" + PACKAGE + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\""
                    + " Target=\"worksheets/sheet1.xml\"/></Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", sheet(statement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String sheet(Statement statement) {
        StringBuilder xml = new StringBuilder(HEAD).append("<worksheet xmlns=\"").append(MAIN).append("\"><sheetData>");
        row(xml, 1, List.of("month", "rule", "description", "quantity", "rate", "amount"));
        int r = 2;
        for (PaymentLine line : statement.lines()) {
            row(xml, r++, List.of(line.month().toString(), line.rule(), line.description(),
                    new BigDecimal(org.onedoor.contract.rules.StatementCsvFormat.number(line.quantity())), new BigDecimal(org.onedoor.contract.rules.StatementCsvFormat.number(line.rate())),
                    line.amount()));
        }
        row(xml, r, List.of("", "", "Total", "", "", statement.total()));
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static void row(StringBuilder xml, int number, List<Object> cells) {
        xml.append("<row r=\"").append(number).append("\">");
        for (int c = 0; c < cells.size(); c++) {
            String ref = (char) ('A' + c) + Integer.toString(number);
            Object value = cells.get(c);
            if (value instanceof BigDecimal decimal) {
                xml.append("<c r=\"").append(ref).append("\"><v>").append(decimal.toPlainString()).append("</v></c>");
            } else if (!value.toString().isEmpty()) {
                xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                        .append(escape(value.toString())).append("</t></is></c>");
            }
        }
        xml.append("</row>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
