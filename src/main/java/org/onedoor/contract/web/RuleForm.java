package org.onedoor.contract.web;

import org.jspecify.annotations.Nullable;

/**
 * One payment rule as typed on the contract editor: every setting as text, so the page shows back exactly what was
 * typed. One class for every kind keeps the field names flat ({@code rules[1].coreAnnualValue}); the page shows only
 * the settings of the rule's {@link #kind}. Public fields: bound directly (DataBinder direct field access) and read by
 * the templates; {@link RuleBinder} reads it into a payment rule.
 */
final class RuleForm {

    static final String PER_CLIENT_PER_MONTH = "PER_CLIENT_PER_MONTH";
    static final String PAYMENT_BY_OUTCOMES = "PAYMENT_BY_OUTCOMES";
    static final String BLOCK = "BLOCK";
    static final String RETAINER = "RETAINER";
    static final String QUALITY_WITHHOLD = "QUALITY_WITHHOLD";
    static final String OUTCOME_MEASURE = "OUTCOME_MEASURE";

    public @Nullable String kind;
    public @Nullable String name;
    public @Nullable String from;
    public @Nullable String to;

    // per client per month
    public @Nullable String coreAverageClients;
    public @Nullable String coreAnnualValue;
    public @Nullable String rateRounding;
    public @Nullable String stretchShape;
    public @Nullable String stretchAverageClients;
    public @Nullable String upliftPercent;
    public @Nullable String capClientMonths;
    public @Nullable String capTiming;
    public @Nullable String capAmount;
    public @Nullable String belowCore;
    public @Nullable String collar;
    public @Nullable String roundingMethod;
    public @Nullable String roundingMode;
    public @Nullable String capAfterRounding;

    // payment by outcomes
    public @Nullable String completionAmount;
    public @Nullable String dischargeCodes;
    public @Nullable String sustainedAmount;
    public @Nullable String windowMonths;
    public @Nullable String requiresCompletion;
    public @Nullable String annualCap;
    public @Nullable String capMode;

    // outcome measure (with annualCap and capMode above)
    public @Nullable String measure;
    public @Nullable String amountPerClient;

    // block payment
    public @Nullable String annualAmount;
    public @Nullable String instalments;
    public @Nullable String instalmentRounding;

    // retainer
    public @Nullable String amountPerPracticePerYear;
    public @Nullable String practices;
    public @Nullable String frequency;
    public @Nullable String legacyRatePerClientMonth;

    // quality withhold
    public @Nullable String percent;
    public @Nullable String appliesTo;
    public @Nullable String releaseMonth;
    public @Nullable String kpis;

    /** True when this rule is of {@code kindName}, for the page's conditional sections. */
    public boolean is(String kindName) {
        return kindName.equals(kind);
    }
}
