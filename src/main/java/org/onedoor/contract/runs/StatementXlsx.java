package org.onedoor.contract.runs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.onedoor.contract.rules.StatementCsvFormat;

/**
 * A statement as an Excel workbook, written with fastexcel: one sheet named for the month, the CSV's columns with
 * texts as inline strings and numbers as numbers (an empty text leaves its cell empty), then a total row.
 */
final class StatementXlsx {

    private static final List<Object> HEADER = List.of("month", "rule", "description", "quantity", "rate", "amount");

    private StatementXlsx() {}

    static byte[] of(Statement statement) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "OneDoor", null);
            Worksheet sheet = workbook.newWorksheet("Statement " + statement.month());
            row(sheet, 0, HEADER);
            int r = 1;
            for (PaymentLine line : statement.lines()) {
                row(
                        sheet,
                        r++,
                        List.of(
                                line.month().toString(),
                                line.rule(),
                                line.description(),
                                decimal(line.quantity()),
                                decimal(line.rate()),
                                line.amount()));
            }
            row(sheet, r, List.of("", "", "Total", "", "", statement.total()));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A quantity or rate as the CSV shows it (at most six decimals, no trailing zeros), as a number. */
    private static BigDecimal decimal(BigDecimal number) {
        return new BigDecimal(StatementCsvFormat.number(number));
    }

    private static void row(Worksheet sheet, int r, List<Object> cells) {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof BigDecimal decimal) {
                sheet.value(r, c, decimal);
            } else if (!value.toString().isEmpty()) {
                sheet.inlineString(r, c, value.toString());
            }
        }
    }
}
