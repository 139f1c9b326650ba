package org.onedoor.ndtms.extract;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * One pass over the agency's rows: each row checked, its problems handed on, and (when it has no error) its fields
 * handed to the file. Nothing is kept but the counts, so the pass runs in the same memory for ten clients or 350,000.
 */
@Component
class ExtractPass {

    private final ExtractRowsQuery rows;
    private final ExtractSettings settings;

    ExtractPass(ExtractRowsQuery rows, ExtractSettings settings) {
        this.rows = rows;
        this.settings = settings;
    }

    Counts run(
            UUID providerId,
            ExtractPeriod period,
            Consumer<Map<String, @Nullable Object>> records,
            Consumer<ExtractProblem> problems) {
        Counts counts = new Counts();
        rows.forEach(providerId, period, row -> {
            String sex = row.sex();
            @Nullable String sexCode = sex == null ? null : settings.sexCodes().get(sex);
            List<ExtractProblem> found = ExtractChecks.of(row, sexCode);
            boolean withheld = false;
            for (ExtractProblem problem : found) {
                problems.accept(problem);
                withheld |= problem.error();
            }
            counts.problems += found.size();
            if (withheld) {
                counts.withheld++;
            } else {
                records.accept(ExtractFields.of(row, sexCode, settings.consentRefusedFields()));
                counts.records++;
            }
        });
        return counts;
    }

    /** How many records went to the file, how many were held back, and how many problems were found. */
    static final class Counts {
        int records;
        int withheld;
        int problems;
    }
}
