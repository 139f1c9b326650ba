package org.onedoor.contract.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.evidence.EvidenceOptions;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.runs.PaymentRuns;
import org.onedoor.contract.runs.Statement;
import org.onedoor.contract.store.ContractSummary;
import org.onedoor.contract.store.ContractVersion;
import org.onedoor.contract.store.Contracts;
import org.onedoor.contract.whatif.LegacyParameters;
import org.onedoor.contract.whatif.Scenario;
import org.onedoor.contract.whatif.ScenarioComparison;
import org.onedoor.contract.whatif.WhatIf;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The three payment models of the seed report compared over the evidence snapshot of the contract's latest payment
 * run, from the start of that month's financial year to the month: by financial year and by month. Nothing is stored.
 */
@Controller
class WhatIfController {

    static final String FORM = "whatIfForm";

    private final Contracts contracts;
    private final PaymentRuns runs;
    private final WhatIf whatIf;

    WhatIfController(Contracts contracts, PaymentRuns runs, WhatIf whatIf) {
        this.contracts = contracts;
        this.runs = runs;
        this.whatIf = whatIf;
    }

    /** The legacy model's figures, which the contract does not hold: typed in pounds, with the report's defaults. */
    static final class Form {
        private @Nullable String retainer = "1000.00";
        private @Nullable String rate = "30.00";

        public @Nullable String getRetainer() {
            return retainer;
        }

        public void setRetainer(@Nullable String retainer) {
            this.retainer = retainer;
        }

        public @Nullable String getRate() {
            return rate;
        }

        public void setRate(@Nullable String rate) {
            this.rate = rate;
        }
    }

    @GetMapping("/contracts/{id}/what-if")
    String compare(@PathVariable UUID id, @ModelAttribute(FORM) Form form, BindingResult errors, Model model) {
        ContractSummary contract = contracts.find(id);
        model.addAttribute("contract", contract);
        List<Statement> statements = runs.statements(id);
        BigDecimal retainer = pounds(errors, "retainer", form.getRetainer(), "the retainer a practice a year");
        BigDecimal rate = pounds(errors, "rate", form.getRate(), "the payment a patient a month");
        if (statements.isEmpty() || retainer == null || rate == null) {
            return "contract/what-if";
        }
        Statement latest = statements.get(statements.size() - 1);
        YearMonth to = latest.month();
        YearMonth from = FinancialYear.of(to).first();
        ContractVersion version = contracts.versionFor(id, to);
        EvidenceOptions options = version.document().evidence();
        try {
            List<Scenario> scenarios = new ArrayList<>();
            scenarios.add(new Scenario(
                    "This contract",
                    contract.reference() + " as its payment runs pay it: the" + " rules of version " + version.number()
                            + ", in force in " + to,
                    version.document().rules()));
            scenarios.addAll(whatIf.standardScenarios(
                    latest.snapshotId().value(), from, to, options, new LegacyParameters(retainer, rate, null)));
            ScenarioComparison comparison = whatIf.compare(latest.snapshotId().value(), from, to, options, scenarios);
            model.addAttribute("latest", latest);
            model.addAttribute("comparison", comparison);
            model.addAttribute("monthChart", WhatIfCharts.byMonth(comparison));
            model.addAttribute("yearChart", WhatIfCharts.byYear(comparison));
            List<WhatIfCharts.PracticeRow> practices = WhatIfCharts.practices(comparison);
            model.addAttribute("practices", practices);
            model.addAttribute("practiceChart", WhatIfCharts.byPractice(comparison, practices));
        } catch (DomainRuleViolation refused) {
            errors.reject(refused.code(), refused.getMessage());
        }
        return "contract/what-if";
    }

    private static @Nullable BigDecimal pounds(
            BindingResult errors, String field, @Nullable String typed, String what) {
        String text = typed == null ? "" : typed.strip().replace("£", "").replace(",", "");
        try {
            BigDecimal amount = new BigDecimal(text);
            if (amount.signum() >= 0 && amount.scale() <= 2) {
                return amount.setScale(2);
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        errors.rejectValue(field, "INVALID", Messages.text("contract.whatIf.pounds.invalid", what));
        return null;
    }
}
