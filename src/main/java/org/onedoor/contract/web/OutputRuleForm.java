package org.onedoor.contract.web;

import org.onedoor.contract.rules.PerClientPerMonth;

/** A per-client-per-month rule's settings into its form. */
final class OutputRuleForm {

    private OutputRuleForm() {}

    static void fill(RuleForm form, PerClientPerMonth rule) {
        form.kind = RuleForm.PER_CLIENT_PER_MONTH;
        form.coreAverageClients = Integer.toString(rule.coreAverageClients());
        form.coreAnnualValue = RuleForms.money(rule.coreAnnualValue());
        form.rateRounding = rule.rateRounding().name();
        form.stretchShape = rule.stretch().shape().name();
        form.stretchAverageClients = Integer.toString(rule.stretch().averageClients());
        form.upliftPercent = RuleForms.number(rule.stretch().upliftPercent());
        if (rule.cap() != null) {
            form.capClientMonths = Integer.toString(rule.cap().clientMonthsPerYear());
            form.capTiming = rule.cap().timing().name();
            form.capAmount = rule.cap().amountPerYear() == null
                    ? null
                    : RuleForms.money(rule.cap().amountPerYear());
        } else {
            form.capTiming = PerClientPerMonth.CapTiming.CUMULATIVE_YEAR_TO_DATE.name();
        }
        form.belowCore = rule.belowCore().rule().name();
        form.collar = rule.belowCore().collarPerYear() == null
                ? null
                : RuleForms.money(rule.belowCore().collarPerYear());
        form.roundingMethod = rule.rounding().method().name();
        form.roundingMode = rule.rounding().mode().name();
        form.capAfterRounding = Boolean.toString(rule.rounding().capAfterRounding());
    }
}
