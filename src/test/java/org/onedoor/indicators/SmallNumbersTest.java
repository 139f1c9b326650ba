package org.onedoor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onedoor.indicators.Cell.Hidden;

class SmallNumbersTest {

    @Test
    void oneToFourAreSmallAndZeroAndFiveAreNot() {
        assertThat(SmallNumbers.isSmall(0)).isFalse();
        assertThat(SmallNumbers.isSmall(1)).isTrue();
        assertThat(SmallNumbers.isSmall(4)).isTrue();
        assertThat(SmallNumbers.isSmall(5)).isFalse();
    }

    @Test
    void aTableWithNoSmallNumberIsShownWhole() {
        SuppressedTable table = SmallNumbers.suppress(table(new long[][] {{10, 20}, {30, 0}}));

        assertThat(texts(table)).containsExactly("10", "20", "30", "0");
        assertThat(table.rowTotals()).extracting(Cell::text).containsExactly("30", "30");
        assertThat(table.columnTotals()).extracting(Cell::text).containsExactly("40", "20");
        assertThat(table.total().text()).isEqualTo("60");
    }

    @Test
    void aSmallCellIsShownAsUnderFiveAndItsRowAndColumnPartnersAreHiddenToo() {
        SuppressedTable table = SmallNumbers.suppress(table(new long[][] {{3, 12, 40}, {20, 30, 50}}));

        assertThat(table.cells()[0][0].hidden()).isEqualTo(Hidden.SMALL);
        assertThat(table.cells()[0][0].text()).isEqualTo("<5");
        // Row 0 hides its smallest other cell (12) so 3 cannot be taken from the row total.
        assertThat(table.cells()[0][1].hidden()).isEqualTo(Hidden.SECONDARY);
        assertThat(table.cells()[0][1].text()).isEqualTo("[c]");
        // Column 0 and column 1 each now hide one cell: row 1's cells below them are hidden as well.
        assertThat(table.cells()[1][0].hidden()).isEqualTo(Hidden.SECONDARY);
        assertThat(table.cells()[1][1].hidden()).isEqualTo(Hidden.SECONDARY);
        assertThat(table.cells()[0][2].shown()).isTrue();
        assertThat(table.cells()[1][2].shown()).isTrue();
        assertNoLineHidesExactlyOne(table);
    }

    @Test
    void aSmallTotalIsHiddenWithItsCells() {
        SuppressedTable table = SmallNumbers.suppress(table(new long[][] {{2, 1}, {40, 50}}));

        assertThat(table.rowTotals()[0].hidden()).isEqualTo(Hidden.SMALL);
        assertThat(table.cells()[0][0].hidden()).isEqualTo(Hidden.SMALL);
        assertThat(table.cells()[0][1].hidden()).isEqualTo(Hidden.SMALL);
        assertNoLineHidesExactlyOne(table);
    }

    @Test
    void aRowWhoseOnlyCountIsSmallHasASmallTotalSoTheRowNeedsNoMore() {
        SuppressedTable table = SmallNumbers.suppress(table(new long[][] {{0, 3, 0}, {10, 10, 10}}));

        assertThat(table.cells()[0][1].hidden()).isEqualTo(Hidden.SMALL);
        assertThat(table.rowTotals()[0].hidden()).isEqualTo(Hidden.SMALL);
        assertNoLineHidesExactlyOne(table);
    }

    @Test
    void noHiddenCellCanBeWorkedOutOnManyTables() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 500; i++) {
            int rows = 1 + random.nextInt(4);
            int columns = 1 + random.nextInt(5);
            long[][] counts = new long[rows][columns];
            for (long[] row : counts) {
                for (int c = 0; c < columns; c++) {
                    row[c] = random.nextInt(3) == 0 ? random.nextInt(6) : random.nextInt(60);
                }
            }
            SuppressedTable table = SmallNumbers.suppress(table(counts));
            assertNoLineHidesExactlyOne(table);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (SmallNumbers.isSmall(counts[r][c])) {
                        assertThat(table.cells()[r][c].shown()).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void aPercentageWithASmallNumeratorIsHiddenWithItsInterval() {
        IndicatorRow small = share("C19a", "Opiate", 3, 40);

        SuppressedIndicatorRow row = SmallNumbers.suppress(List.of(small)).get(0);

        assertThat(row.numerator().text()).isEqualTo("<5");
        assertThat(row.denominator().text()).isEqualTo("40");
        assertThat(row.suppressed()).isTrue();
        assertThat(row.value()).isNull();
        assertThat(row.lower95()).isNull();
        assertThat(row.upper95()).isNull();
    }

    @Test
    void aPercentageWithASmallDenominatorIsHidden() {
        SuppressedIndicatorRow row = SmallNumbers.suppress(List.of(share("C19c", "Alcohol only", 0, 4)))
                .get(0);

        assertThat(row.numerator().text()).isEqualTo("0");
        assertThat(row.denominator().text()).isEqualTo("<5");
        assertThat(row.value()).isNull();
    }

    @Test
    void theGroupsOfOneIndicatorAreOneLineWithTheirTotal() {
        List<IndicatorRow> rows = List.of(
                count("IN_TREATMENT_12M", "Opiate", 120),
                count("IN_TREATMENT_12M", "Non-opiate only", 2),
                count("IN_TREATMENT_12M", "Non-opiate and alcohol", 30),
                count("IN_TREATMENT_12M", "Alcohol only", 80),
                count("IN_TREATMENT_12M", "All", 232));

        List<SuppressedIndicatorRow> shown = SmallNumbers.suppress(rows);

        assertThat(shown).extracting(r -> r.numerator().text()).containsExactly("120", "<5", "[c]", "80", "232");
        assertThat(shown.get(2).value()).isNull();
        assertThat(shown.get(3).value()).isEqualByComparingTo("80");
    }

    @Test
    void aMedianOfFewerThanFiveWaitsIsHidden() {
        IndicatorRow median = new IndicatorRow(
                "WAIT_OFFER_MEDIAN",
                "2016-04..2017-03",
                "All",
                3L,
                null,
                new BigDecimal("12.0"),
                null,
                null,
                IndicatorRow.Status.FINAL);

        SuppressedIndicatorRow row = SmallNumbers.suppress(List.of(median)).get(0);

        assertThat(row.numerator().text()).isEqualTo("<5");
        assertThat(row.value()).isNull();
    }

    private static IndicatorRow share(String id, String group, long numerator, long denominator) {
        return new IndicatorRow(
                id,
                "2016-04..2017-03",
                group,
                numerator,
                denominator,
                WilsonInterval.percent(numerator, denominator),
                WilsonInterval.of(numerator, denominator)[0],
                WilsonInterval.of(numerator, denominator)[1],
                IndicatorRow.Status.FINAL);
    }

    private static IndicatorRow count(String id, String group, long count) {
        return new IndicatorRow(
                id,
                "2016-04..2017-03",
                group,
                count,
                null,
                BigDecimal.valueOf(count),
                null,
                null,
                IndicatorRow.Status.FINAL);
    }

    private static CountTable table(long[][] counts) {
        List<String> rows = new java.util.ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            rows.add("row " + r);
        }
        List<String> columns = new java.util.ArrayList<>();
        for (int c = 0; c < counts[0].length; c++) {
            columns.add("column " + c);
        }
        return new CountTable(rows, columns, counts);
    }

    private static List<String> texts(SuppressedTable table) {
        List<String> texts = new java.util.ArrayList<>();
        for (Cell[] row : table.cells()) {
            for (Cell cell : row) {
                texts.add(cell.text());
            }
        }
        return texts;
    }

    /** Every row with its total, every column with its total, and the totals' own row and column. */
    private static void assertNoLineHidesExactlyOne(SuppressedTable table) {
        Cell[][] cells = table.cells();
        for (int r = 0; r < cells.length; r++) {
            long hidden =
                    java.util.Arrays.stream(cells[r]).filter(c -> !c.shown()).count()
                            + (table.rowTotals()[r].shown() ? 0 : 1);
            assertThat(hidden).as("row %d", r).isNotEqualTo(1);
        }
        for (int c = 0; c < cells[0].length; c++) {
            long hidden = 0;
            for (Cell[] row : cells) {
                hidden += row[c].shown() ? 0 : 1;
            }
            hidden += table.columnTotals()[c].shown() ? 0 : 1;
            assertThat(hidden).as("column %d", c).isNotEqualTo(1);
        }
        long totalsRow = java.util.Arrays.stream(table.columnTotals())
                        .filter(c -> !c.shown())
                        .count()
                + (table.total().shown() ? 0 : 1);
        long totalsColumn = java.util.Arrays.stream(table.rowTotals())
                        .filter(c -> !c.shown())
                        .count()
                + (table.total().shown() ? 0 : 1);
        assertThat(totalsRow).isNotEqualTo(1);
        assertThat(totalsColumn).isNotEqualTo(1);
    }
}
