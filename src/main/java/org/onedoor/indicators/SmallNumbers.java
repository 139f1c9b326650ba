package org.onedoor.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Small-number suppression, the one rule for every figure shown outside the provider side — dashboards, exports, the
 * indicators API and the quarterly report (issue 18, docs/indicators.md): a count of 1 to 4 is shown as "&lt;5"; a
 * count that its row's or column's total and the other shown counts would give away is hidden as "[c]"; a percentage
 * (or median) resting on a hidden count is hidden with its interval. Zero is shown: it discloses no one.
 */
public final class SmallNumbers {

    /** The smallest count shown as it is. */
    public static final int SHOWN_FROM = 5;

    private SmallNumbers() {}

    /** Whether a count is too small to show (1 to 4). */
    public static boolean isSmall(long count) {
        return count > 0 && count < SHOWN_FROM;
    }

    /** One count on its own, with no total beside it that could give it away. */
    public static Cell count(long count) {
        return isSmall(count) ? Cell.hidden(Cell.Hidden.SMALL) : Cell.shown(count);
    }

    /** A table with its row, column and grand totals, no hidden count derivable from the others. */
    public static SuppressedTable suppress(CountTable table) {
        int rows = table.rows().size();
        int columns = table.columns().size();
        // Cells first (row by row), then the row totals, the column totals and the grand total.
        int rowTotal = rows * columns;
        int columnTotal = rowTotal + rows;
        int grand = columnTotal + columns;
        long[] values = new long[grand + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                long count = table.counts()[r][c];
                values[r * columns + c] = count;
                values[rowTotal + r] += count;
                values[columnTotal + c] += count;
                values[grand] += count;
            }
        }
        LineSuppression rule = new LineSuppression(values);
        for (int r = 0; r < rows; r++) {
            int[] members = new int[columns];
            for (int c = 0; c < columns; c++) {
                members[c] = r * columns + c;
            }
            rule.line(members, rowTotal + r);
        }
        for (int c = 0; c < columns; c++) {
            int[] members = new int[rows];
            for (int r = 0; r < rows; r++) {
                members[r] = r * columns + c;
            }
            rule.line(members, columnTotal + c);
        }
        rule.line(range(rowTotal, rows), grand);
        rule.line(range(columnTotal, columns), grand);
        Cell[] cells = rule.apply();
        Cell[][] grid = new Cell[rows][columns];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(cells, r * columns, grid[r], 0, columns);
        }
        Cell[] byRow = new Cell[rows];
        System.arraycopy(cells, rowTotal, byRow, 0, rows);
        Cell[] byColumn = new Cell[columns];
        System.arraycopy(cells, columnTotal, byColumn, 0, columns);
        return new SuppressedTable(table.rows(), table.columns(), grid, byRow, byColumn, cells[grand]);
    }

    /**
     * Indicator rows, in the order given. The substance groups of one indicator and period add up to its "All" row,
     * so their numerators are one line with that total, and their denominators another.
     */
    public static List<SuppressedIndicatorRow> suppress(List<IndicatorRow> rows) {
        Map<String, List<Integer>> figures = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow row = rows.get(i);
            figures.computeIfAbsent(row.indicator() + " " + row.period(), k -> new ArrayList<>())
                    .add(i);
        }
        Cell[] numerators = cells(rows, figures, true);
        Cell[] denominators = cells(rows, figures, false);
        List<SuppressedIndicatorRow> shown = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow row = rows.get(i);
            Cell denominator = row.denominator() == null ? null : denominators[i];
            boolean hidden = !numerators[i].shown() || (denominator != null && !denominator.shown());
            shown.add(new SuppressedIndicatorRow(
                    row.indicator(),
                    row.period(),
                    row.group(),
                    numerators[i],
                    denominator,
                    hidden ? null : row.value(),
                    hidden ? null : row.lower95(),
                    hidden ? null : row.upper95(),
                    hidden,
                    row.status()));
        }
        return shown;
    }

    private static Cell[] cells(List<IndicatorRow> rows, Map<String, List<Integer>> figures, boolean numerator) {
        long[] values = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            values[i] = count(rows.get(i), numerator);
        }
        LineSuppression rule = new LineSuppression(values);
        for (List<Integer> members : figures.values()) {
            int total = -1;
            List<Integer> groups = new ArrayList<>();
            for (int i : members) {
                if (IndicatorCalculator.ALL_LABEL.equals(rows.get(i).group())) {
                    total = i;
                } else {
                    groups.add(i);
                }
            }
            if (total >= 0 && !groups.isEmpty()) {
                rule.line(groups.stream().mapToInt(Integer::intValue).toArray(), total);
            }
        }
        return rule.apply();
    }

    private static long count(IndicatorRow row, boolean numerator) {
        @Nullable Long count = numerator ? row.numerator() : row.denominator();
        return count == null ? 0 : count;
    }

    private static int[] range(int from, int length) {
        int[] members = new int[length];
        for (int i = 0; i < length; i++) {
            members[i] = from + i;
        }
        return members;
    }
}
