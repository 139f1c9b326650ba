package org.onedoor.indicators;

import java.util.HashMap;
import java.util.Map;

/**
 * What every indicator statement shares over the tables of {@link IndicatorTables}: a scope's condition on a row of
 * {@code indicator_facts}, whether an episode is in scope, the window's parameters and calendar-month arithmetic.
 */
final class IndicatorSql {

    private IndicatorSql() {}

    /** The scope's condition on an {@code indicator_facts} row (unqualified columns). */
    static String condition(IndicatorScope scope) {
        return switch (scope.kind()) {
            case PARTNERSHIP -> "1 = 1";
            case PROVIDER -> "provider_id = :scope";
            case PRACTICE -> "practice_id = :scope";
            case AGENCY -> "agency = :scope";
        };
    }

    /** Whether the {@code indicator_episodes} row {@code alias} has a row in scope. */
    static String scoped(String alias, IndicatorScope scope) {
        if (scope.kind() == IndicatorScope.Kind.PARTNERSHIP) {
            return "1 = 1";
        }
        return "exists (select 1 from indicator_facts f where f.episode_key = " + alias + ".episode_key and "
                + condition(scope) + ")";
    }

    /** The window's first and last days and the scope's organisation. */
    static Map<String, Object> parameters(Window window, IndicatorScope scope) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", window.from());
        parameters.put("to", window.to());
        if (scope.organisationId() != null) {
            parameters.put("scope", scope.organisationId());
        } else if (scope.agency() != null) {
            parameters.put("scope", scope.agency());
        }
        return parameters;
    }

    /** {@code date + n months} in SQL both databases read alike, clamped to the month's end like Java's. */
    static String plusMonths(String date, int months) {
        return "(" + date + " + interval '" + months + "' month)";
    }
}
