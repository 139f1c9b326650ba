package org.onedoor.indicators;

import java.util.List;

/** A {@link CountTable} as it may be shown outside the provider side, its totals suppressed by the same rule. */
public record SuppressedTable(
        List<String> rows, List<String> columns, Cell[][] cells, Cell[] rowTotals, Cell[] columnTotals, Cell total) {}
