package org.onedoor.assessment.instrument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One score an instrument gives: its method, the items it reads, its range and its bands (lower bound inclusive,
 * each band up to the next one's start; none for delegated methods, whose scorer bands them).
 *
 * @param chart whether the client's trajectory page draws this score over time
 */
public record ScoreRule(
        String id,
        String label,
        ScoreMethod method,
        List<String> items,
        BigDecimal min,
        BigDecimal max,
        List<Band> bands,
        boolean chart,
        @Nullable String ndtms) {

    /** The band a value falls in, when the definition bands this score. */
    public Optional<String> bandOf(BigDecimal value) {
        String found = null;
        for (Band band : bands) {
            if (band.from().compareTo(value) <= 0) {
                found = band.label();
            }
        }
        return Optional.ofNullable(found);
    }

    /** "5 to 9" for a whole-number band, "25 to 29.9" for a decimal one; the last band runs to the maximum. */
    public String rangeOf(Band band) {
        int index = bands.indexOf(band);
        boolean whole =
                bands.stream().allMatch(b -> b.from().stripTrailingZeros().scale() <= 0)
                        && max.stripTrailingZeros().scale() <= 0;
        BigDecimal step = whole ? BigDecimal.ONE : new BigDecimal("0.1");
        BigDecimal to =
                index == bands.size() - 1 ? max : bands.get(index + 1).from().subtract(step);
        return band.from().stripTrailingZeros().toPlainString() + " to "
                + to.stripTrailingZeros().toPlainString();
    }
}
