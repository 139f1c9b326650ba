package org.onedoor.demo;

import java.io.PrintStream;

/** A text progress bar on the command line: {@code Staff        [#########           ]  45% 18/40}. */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final long total;
    private long done;
    private int lastPercent = -1;

    Progress(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
    }

    void step() {
        advance(1);
    }

    void advance(long count) {
        done = Math.min(total, done + count);
        int percent = (int) (done * 100 / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            int filled = percent * WIDTH / 100;
            out.printf(
                    "\r%-22s [%s%s] %3d%% %d/%d",
                    label, "#".repeat(filled), " ".repeat(WIDTH - filled), percent, done, total);
            if (done == total) {
                out.println();
            }
            out.flush();
        }
    }

    void finish() {
        if (done < total) {
            advance(total - done);
        }
    }
}
