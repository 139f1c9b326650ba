package org.onedoor.monitoring.dashboard;

import java.util.List;
import java.util.Set;

/**
 * A dashboard table exactly as the page shows it: the page, the CSV and the XLSX are all written from this, so an
 * export is suppressed exactly as the screen.
 */
record DataTable(String key, String caption, List<String> columns, List<List<String>> rows, Set<Integer> numeric) {

    DataTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        numeric = Set.copyOf(numeric);
    }

    public boolean isNumeric(int column) {
        return numeric.contains(column);
    }
}
