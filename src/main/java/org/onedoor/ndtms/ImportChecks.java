package org.onedoor.ndtms;

import java.util.List;
import org.springframework.stereotype.Component;

/** The checks a record must pass to be stored: it names its agency and episode. */
@Component
class ImportChecks {

    void check(NdtmsRecord record, List<NdtmsProblem> problems) {
        for (String field : List.of("AGNCY", "EPISODID")) {
            if (!record.has(field) && !failed(record, field)) {
                problems.add(NdtmsProblem.of(NdtmsRule.MISSING_VALUE, record.line(), field));
            }
        }
    }

    /** Whether the reader already reported this field (a value that was not valid). */
    private static boolean failed(NdtmsRecord record, String field) {
        return record.problems().stream().anyMatch(p -> p.field().equals(field));
    }
}
