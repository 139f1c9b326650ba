package org.onedoor.contract.evidence;

import java.util.List;
import org.onedoor.contract.rules.QualityWithhold;
import org.onedoor.indicators.IndicatorScope;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;

/**
 * Whose indicators a withhold is judged on: the contract's provider, known to NDTMS by the one agency code its
 * evidence counts (a live provider's ODS code, or an imported file's AGNCY); a contract whose evidence names no agency
 * is measured over the whole partnership. Several agency codes are refused, naming them: an indicator counts each
 * person once across agencies, which a sum over agencies would not.
 */
record WithholdScope(IndicatorScope scope, String key) {

    static WithholdScope of(QualityWithhold withhold, EvidenceOptions options) {
        List<String> codes = options.agencyCodes().stream().sorted().toList();
        if (codes.isEmpty()) {
            return new WithholdScope(IndicatorScope.partnership(), "PARTNERSHIP");
        }
        if (codes.size() > 1) {
            throw new DomainRuleViolation(
                    "WITHHOLD_SCOPE",
                    "agencyCodes",
                    Messages.text("contract.withhold.scope", withhold.name(), codes.size(), String.join(", ", codes)));
        }
        return new WithholdScope(IndicatorScope.agency(codes.get(0)), "AGENCY:" + codes.get(0));
    }
}
