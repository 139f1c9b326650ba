package org.onedoor.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.onedoor.indicators.Cell.Hidden;

/**
 * The suppression rule over counts tied together by lines (a row with its total, a column with its total): every
 * count of 1 to 4 is hidden, then while some line hides exactly one count — which its total and the others would give
 * away — the line's smallest other count is hidden too, an inner non-zero count before a zero, and a zero before the
 * line's total. Each step hides one more count, so it ends.
 */
final class LineSuppression {

    private final long[] values;
    private final Hidden[] hidden;
    private final List<Line> lines = new ArrayList<>();

    /** Counts that add up: {@code members} to {@code total}, or, with total -1, a line with no total shown. */
    record Line(int[] members, int total) {}

    LineSuppression(long[] values) {
        this.values = values.clone();
        this.hidden = new Hidden[values.length];
        Arrays.fill(hidden, Hidden.NONE);
    }

    void line(int[] members, int total) {
        lines.add(new Line(members.clone(), total));
    }

    Cell[] apply() {
        for (int i = 0; i < values.length; i++) {
            if (SmallNumbers.isSmall(values[i])) {
                hidden[i] = Hidden.SMALL;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line line : lines) {
                if (line.total() >= 0 && hiddenIn(line) == 1) {
                    hidden[partnerIn(line)] = Hidden.SECONDARY;
                    changed = true;
                }
            }
        }
        Cell[] cells = new Cell[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = hidden[i] == Hidden.NONE ? Cell.shown(values[i]) : Cell.hidden(hidden[i]);
        }
        return cells;
    }

    private long hiddenIn(Line line) {
        long count = hidden[line.total()] == Hidden.NONE ? 0 : 1;
        for (int member : line.members()) {
            count += hidden[member] == Hidden.NONE ? 0 : 1;
        }
        return count;
    }

    private int partnerIn(Line line) {
        int best = -1;
        for (int member : line.members()) {
            if (hidden[member] == Hidden.NONE && (best < 0 || rank(member) < rank(best))) {
                best = member;
            }
        }
        return best >= 0 ? best : line.total();
    }

    /** Inner non-zero counts first, smallest first; zeros after them. */
    private long rank(int member) {
        return values[member] == 0 ? Long.MAX_VALUE : values[member];
    }
}
