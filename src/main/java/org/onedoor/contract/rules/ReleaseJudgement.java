package org.onedoor.contract.rules;

import java.util.Optional;
import org.onedoor.contract.evidence.MeasuredIndicator;
import org.onedoor.contract.rules.QualityWithhold.IndicatorRelease;
import org.onedoor.contract.rules.QualityWithhold.KpiRelease;
import org.onedoor.contract.rules.QualityWithhold.Release;

/**
 * Whether one part of a withhold's release is met, and the words the statement line says it in. A measured indicator
 * is judged on its value as the run froze it and as the statement shows it (one decimal place), the threshold
 * included ("at least 5.0" is met by 5.0): {@code C19c Successful completion … 6.2% (3 of 48, 2016-04..2017-03,
 * final) — target at least 5%: met}. An indicator with no denominator is not measured and releases nothing, like a
 * typed KPI whose result was never reported: the money stays with the commissioner (docs/payments.md).
 */
record ReleaseJudgement(boolean met, String words) {

    static ReleaseJudgement of(Release release, YearEvidence year, String period) {
        String target = "target " + release.direction().words() + Pounds.count(release.threshold());
        if (release instanceof IndicatorRelease indicator) {
            Optional<MeasuredIndicator> measured = year.indicator(indicator.indicator(), period);
            if (measured.isEmpty() || !measured.get().measured()) {
                String name = measured.map(m -> m.indicator() + " " + m.name()).orElse(indicator.indicator());
                return new ReleaseJudgement(false, name + " not measured for " + period + " — " + target + ": not met");
            }
            MeasuredIndicator m = measured.get();
            target = target + m.unit();
            boolean met = release.direction().met(m.value(), release.threshold());
            String counted = m.denominator() == null ? "" : m.numerator() + " of " + m.denominator() + ", ";
            return new ReleaseJudgement(
                    met,
                    m.indicator() + " " + m.name() + " " + m.value().toPlainString() + m.unit() + " (" + counted
                            + period + ", " + m.status() + ") — " + target + ": " + (met ? "met" : "missed"));
        }
        KpiRelease kpi = (KpiRelease) release;
        String result = kpi.achieved() == null
                ? "not yet reported"
                : "achieved " + Pounds.count(kpi.achieved()) + (kpi.met() ? ", met" : ", not met");
        return new ReleaseJudgement(
                kpi.met(),
                "Release for " + kpi.kpi() + " (threshold "
                        + release.direction().words() + Pounds.count(kpi.threshold()) + "): " + result);
    }
}
