package org.onedoor.monitoring.dashboard;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One indicator figure as shown and exported: texts already suppressed where the viewer needs it ("&lt;5", "[c]"),
 * and the number a chart may plot ({@code null} when hidden or absent).
 */
record FigureRow(
        String indicator,
        String name,
        String period,
        String group,
        String value,
        String numerator,
        String denominator,
        String interval,
        String status,
        boolean hidden,
        @Nullable BigDecimal plotted) {}
