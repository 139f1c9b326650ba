package org.onedoor.indicators;

import java.util.List;

/** Counts by row and column (people by practice and substance group, say); the totals are worked out, not given. */
public record CountTable(List<String> rows, List<String> columns, long[][] counts) {

    public CountTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (counts.length != rows.size()) {
            throw new IllegalArgumentException("one line of counts per row");
        }
        long[][] copy = new long[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            if (counts[r].length != columns.size()) {
                throw new IllegalArgumentException("one count per column in every row");
            }
            for (long count : counts[r]) {
                if (count < 0) {
                    throw new IllegalArgumentException("counts are never negative");
                }
            }
            copy[r] = counts[r].clone();
        }
        counts = copy;
    }
}
