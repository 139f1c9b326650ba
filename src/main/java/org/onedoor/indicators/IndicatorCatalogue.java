package org.onedoor.indicators;

import java.util.List;
import java.util.Optional;

/**
 * The indicator definitions without a database, for callers that only need to name them: a contract rule that
 * releases a quality withhold on an indicator checks its id here when it is written, long before it is computed.
 * The same file and order as {@link Indicators#definitions()}.
 */
public final class IndicatorCatalogue {

    private static final IndicatorDefinitions DEFINITIONS = IndicatorDefinitions.load();

    private IndicatorCatalogue() {}

    public static List<IndicatorDefinition> all() {
        return DEFINITIONS.all();
    }

    public static Optional<IndicatorDefinition> find(String id) {
        return Optional.ofNullable(DEFINITIONS.find(id.strip()));
    }
}
