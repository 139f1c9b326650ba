package org.onedoor.monitoring.audience;

import java.util.List;

/**
 * A table of counts as people read it: each cell's text, and the row and grand totals, suppressed for audiences
 * outside the provider side by the partnership's one small-number rule.
 */
public final class CountCells {

    private CountCells() {}

    /** Cell texts, row totals and the total; counts shown as they are when {@code suppressed} is false. */
    public record Texts(String[][] cells, String[] rowTotals, String total) {}

    public static Texts of(List<String> rows, List<String> columns, long[][] counts, boolean suppressed) {
        String[][] cells = new String[rows.size()][columns.size()];
        String[] rowTotals = new String[rows.size()];
        long total = 0;
        for (int r = 0; r < rows.size(); r++) {
            long rowTotal = 0;
            for (int c = 0; c < columns.size(); c++) {
                cells[r][c] = text(counts[r][c], suppressed);
                rowTotal += counts[r][c];
            }
            rowTotals[r] = text(rowTotal, suppressed);
            total += rowTotal;
        }
        return new Texts(cells, rowTotals, text(total, suppressed));
    }

    // Stand-in until the suppression-rule tag (indicators.SmallNumbers) is merged: primary suppression only.
    private static String text(long count, boolean suppressed) {
        return suppressed && count >= 1 && count <= 4 ? "<5" : String.valueOf(count);
    }
}
