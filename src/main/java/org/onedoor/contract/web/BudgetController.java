package org.onedoor.contract.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.budget.BudgetReport;
import org.onedoor.contract.budget.ContractBudgets;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.store.Contracts;
import org.onedoor.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A contract's budget for one financial year of its term (the current one by default): the figures with where each
 * comes from, each month paid or not yet approved, with a chart, and the funding by stream. Nothing is stored.
 */
@Controller
class BudgetController {

    static final String FORM = "budgetForm";

    private final Contracts contracts;
    private final ContractBudgets budgets;

    BudgetController(Contracts contracts, ContractBudgets budgets) {
        this.contracts = contracts;
        this.budgets = budgets;
    }

    /** The year picker: a financial year written as 2016/17. */
    static final class Form {
        private @Nullable String year;

        public @Nullable String getYear() {
            return year;
        }

        public void setYear(@Nullable String year) {
            this.year = year;
        }
    }

    @GetMapping("/contracts/{id}/budget")
    String budget(@PathVariable UUID id, @ModelAttribute(FORM) Form form, BindingResult errors, Model model) {
        model.addAttribute("contract", contracts.find(id));
        List<FinancialYear> years = budgets.years(id);
        FinancialYear chosen = budgets.currentYear(id);
        String typed = form.getYear() == null ? "" : form.getYear().strip();
        Optional<FinancialYear> asked =
                years.stream().filter(y -> y.toString().equals(typed)).findFirst();
        if (asked.isPresent()) {
            chosen = asked.get();
        } else if (!typed.isEmpty()) {
            errors.rejectValue(
                    "year",
                    "INVALID",
                    Messages.text(
                            "contract.year.notInTerm",
                            years.size() > 1
                                    ? Messages.text("contract.year.span", years.get(0), years.get(years.size() - 1))
                                    : years.get(0),
                            years.get(0)));
        }
        form.setYear(chosen.toString());
        BudgetReport report = budgets.year(id, chosen);
        Map<String, String> options = new LinkedHashMap<>();
        years.forEach(y -> options.put(y.toString(), y.toString()));
        model.addAttribute("years", options);
        model.addAttribute("report", report);
        model.addAttribute("summary", BudgetSummary.of(report));
        model.addAttribute("chart", BudgetSummary.chart(report));
        return "contract/budget";
    }
}
