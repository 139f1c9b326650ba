package org.onedoor.contract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The statement CSV byte for byte: the layout users and commissioners' spreadsheets rely on stays the same whichever
 * library writes it (quotes only where RFC 4180 needs them, CRLF line ends, numbers as before).
 */
class StatementCsvFormatTest {

    private static final YearMonth MAY = YearMonth.of(2016, 5);

    @Test
    void writesTheHeaderAndQuotesOnlyWhereNeeded() {
        String csv = StatementCsvFormat.write(out -> {
            out.row(
                    MAY,
                    "Output payment",
                    "Core: 250 client-months, at 33.333333",
                    new BigDecimal("250"),
                    new BigDecimal("33.3333333"),
                    new BigDecimal("8333.333"));
            out.row(
                    MAY,
                    "Payment by outcomes",
                    "Completions, \"sustained\" exits",
                    new BigDecimal("2.500000"),
                    new BigDecimal("180.00"),
                    new BigDecimal("450"));
            out.row(MAY.minusMonths(1), "Block", "two\nlines and\r\na return", null, null, new BigDecimal("-9710.405"));
            out.row(
                    MAY,
                    " spaced ",
                    "#hash, £ and 'single' quotes",
                    BigDecimal.ZERO,
                    new BigDecimal("0.0000001"),
                    BigDecimal.ZERO);
            out.row(MAY, "#first", "", new BigDecimal("1E+3"), new BigDecimal("12.3400"), new BigDecimal("0.005"));
        });

        assertThat(csv)
                .isEqualTo("month,rule,description,quantity,rate,amount\r\n"
                        + "2016-05,Output payment,\"Core: 250 client-months, at 33.333333\",250,33.333333,8333.33\r\n"
                        + "2016-05,Payment by outcomes,\"Completions, \"\"sustained\"\" exits\",2.5,180,450.00\r\n"
                        + "2016-04,Block,\"two\nlines and\r\na return\",,,-9710.41\r\n"
                        + "2016-05, spaced ,\"#hash, £ and 'single' quotes\",0,0,0.00\r\n"
                        + "2016-05,#first,,1000,12.34,0.01\r\n");
    }

    @Test
    void aStatementWithoutLinesIsTheHeaderAlone() {
        assertThat(StatementCsvFormat.write(out -> {})).isEqualTo(StatementCsvFormat.HEADER + "\r\n");
    }
}
