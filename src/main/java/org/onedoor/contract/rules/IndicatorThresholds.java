package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Collectors;
import org.onedoor.contract.rules.QualityWithhold.IndicatorRelease;
import org.onedoor.indicators.IndicatorCatalogue;
import org.onedoor.indicators.IndicatorDefinition;
import org.onedoor.indicators.IndicatorDefinition.Measure;
import org.onedoor.shared.Messages;

/**
 * Checks that a withhold names an indicator the indicators module defines, and a threshold its measure can reach: a
 * percentage from 0 to 100, a number of days or a count not below 0.
 */
final class IndicatorThresholds {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorThresholds() {}

    /** The problem with the release, if it has one. */
    static Optional<String> check(IndicatorRelease release) {
        Optional<IndicatorDefinition> found = IndicatorCatalogue.find(release.indicator());
        if (found.isEmpty()) {
            return Optional.of(Messages.text(
                    "contract.rule.kpis.unknownIndicator",
                    release.indicator(),
                    IndicatorCatalogue.all().stream()
                            .map(IndicatorDefinition::id)
                            .collect(Collectors.joining(", "))));
        }
        BigDecimal threshold = release.threshold();
        if (found.get().measure() == Measure.PERCENT && (threshold.signum() < 0 || threshold.compareTo(HUNDRED) > 0)) {
            return Optional.of(Messages.text(
                    "contract.rule.kpis.percentOutOfRange", release.indicator(), threshold.toPlainString()));
        }
        if (threshold.signum() < 0) {
            return Optional.of(Messages.text(
                    "contract.rule.kpis.negativeThreshold", release.indicator(), threshold.toPlainString()));
        }
        return Optional.empty();
    }
}
