package org.onedoor.assessment.cohort;

import java.util.Map;

/**
 * The outcome measure events as a derived table from {@link OutcomeMeasureEvents#sql()}, to be put after
 * {@code from} (with an alias) in the consumer's own statement, and the named parameters it needs, bound with it.
 */
public record OutcomeMeasureSql(String relation, Map<String, Object> params) {

    public OutcomeMeasureSql {
        params = Map.copyOf(params);
    }
}
