package org.onedoor.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.ResultPage;

/**
 * The partnership-wide menu as of a date, one page of practices at a time: one row per practice, one cell per
 * intervention and substance group offered. {@code offeringPractices} counts every matching practice (on any page)
 * that offers something shown.
 */
public record MenuMatrix(
        LocalDate asOf,
        List<CodeLabel> interventions,
        List<CodeLabel> substanceGroups,
        ResultPage<Row> practices,
        long offeringPractices) {

    /** The practices on this page. */
    public List<Row> rows() {
        return practices.items();
    }

    public static String key(String intervention, String substanceGroup) {
        return intervention + "/" + substanceGroup;
    }

    /** A practice and the cells it offers, keyed by {@link #key(String, String)}. */
    public record Row(UUID practiceId, String odsCode, String practiceName, Map<String, Cell> cells) {

        public @Nullable Cell cell(String intervention, String substanceGroup) {
            return cells.get(key(intervention, substanceGroup));
        }
    }

    /** An offer in force: capacity absent means no stated limit. */
    public record Cell(@Nullable Integer monthlyCapacity, int heldThisMonth) {

        public @Nullable Integer remaining() {
            return monthlyCapacity == null ? null : Math.max(0, monthlyCapacity - heldThisMonth);
        }
    }
}
