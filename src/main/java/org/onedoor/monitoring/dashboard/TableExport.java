package org.onedoor.monitoring.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A {@link DataTable} as CSV (RFC 4180, UTF-8) or as an XLSX workbook written with fastexcel, cell for cell as on
 * screen: "&lt;5" and "[c]" stay texts, other figures in numeric columns become numbers. A text that a spreadsheet would
 * read as a formula is written with a leading apostrophe.
 */
final class TableExport {

    private TableExport() {}

    static byte[] csv(DataTable table) {
        StringBuilder out = new StringBuilder();
        line(out, table.columns());
        table.rows().forEach(row -> line(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(DataTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "OneDoor", null);
            Worksheet sheet = workbook.newWorksheet(
                    table.caption().length() > 31 ? table.caption().substring(0, 31) : table.caption());
            for (int c = 0; c < table.columns().size(); c++) {
                sheet.inlineString(0, c, table.columns().get(c));
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<String> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    cell(sheet, r + 1, c, row.get(c), table.isNumeric(c));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void cell(Worksheet sheet, int r, int c, String text, boolean numeric) {
        if (text.isEmpty()) {
            return;
        }
        BigDecimal number = numeric ? number(text) : null;
        if (number != null) {
            sheet.value(r, c, number);
        } else {
            sheet.inlineString(r, c, text);
        }
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                out.append(',');
            }
            out.append(field(cells.get(c)));
        }
        out.append("\r\n");
    }

    static String field(String text) {
        String safe = text;
        if (!safe.isEmpty() && "=+@\t\r".indexOf(safe.charAt(0)) >= 0
                || safe.startsWith("-") && number(safe) == null && !safe.equals("-")) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
