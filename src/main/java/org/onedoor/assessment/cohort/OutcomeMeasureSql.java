package org.onedoor.assessment.cohort;

import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * The outcome measure events from {@link OutcomeMeasureEvents#sql()}: common table expressions, without the leading
 * {@code with}, to head the consumer's own statement (after {@code insert into … (…)}, where there is one), ending
 * in {@link OutcomeMeasureEvents#RELATION}; and the named parameters they need, bound with it.
 */
@NamedInterface("cohort")
public record OutcomeMeasureSql(String ctes, Map<String, Object> params) {

    public OutcomeMeasureSql {
        params = Map.copyOf(params);
    }
}
