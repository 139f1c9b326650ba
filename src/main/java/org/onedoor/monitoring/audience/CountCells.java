package org.onedoor.monitoring.audience;

import java.util.List;
import org.onedoor.indicators.Cell;
import org.onedoor.indicators.CountTable;
import org.onedoor.indicators.SmallNumbers;
import org.onedoor.indicators.SuppressedTable;

/**
 * A table of counts as people read it: each cell's text with the row, column and grand totals, suppressed for
 * audiences outside the provider side by the partnership's one rule ({@link SmallNumbers}: "&lt;5" and "[c]").
 */
public final class CountCells {

    private CountCells() {}

    /** The texts, and whether each row's total is shown (a median beside a hidden count must be hidden too). */
    public record Texts(
            String[][] cells, String[] rowTotals, boolean[] rowShown, String[] columnTotals, String total) {}

    public static Texts of(List<String> rows, List<String> columns, long[][] counts, boolean suppressed) {
        SuppressedTable table = suppressed
                ? SmallNumbers.suppress(new CountTable(rows, columns, counts))
                : shown(rows, columns, counts);
        String[][] cells = new String[rows.size()][];
        String[] rowTotals = new String[rows.size()];
        boolean[] rowShown = new boolean[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            cells[r] = texts(table.cells()[r]);
            rowTotals[r] = table.rowTotals()[r].text();
            rowShown[r] = table.rowTotals()[r].shown();
        }
        return new Texts(
                cells,
                rowTotals,
                rowShown,
                texts(table.columnTotals()),
                table.total().text());
    }

    private static SuppressedTable shown(List<String> rows, List<String> columns, long[][] counts) {
        Cell[][] cells = new Cell[rows.size()][columns.size()];
        Cell[] rowTotals = new Cell[rows.size()];
        long[] byColumn = new long[columns.size()];
        long total = 0;
        for (int r = 0; r < rows.size(); r++) {
            long row = 0;
            for (int c = 0; c < columns.size(); c++) {
                cells[r][c] = count(counts[r][c]);
                row += counts[r][c];
                byColumn[c] += counts[r][c];
            }
            rowTotals[r] = count(row);
            total += row;
        }
        Cell[] columnTotals = new Cell[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            columnTotals[c] = count(byColumn[c]);
        }
        return new SuppressedTable(rows, columns, cells, rowTotals, columnTotals, count(total));
    }

    private static Cell count(long value) {
        return new Cell(value, Cell.Hidden.NONE);
    }

    private static String[] texts(Cell[] cells) {
        String[] texts = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            texts[i] = cells[i].text();
        }
        return texts;
    }
}
