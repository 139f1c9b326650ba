package org.onedoor.contract.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.TypedDate;

/**
 * The forms of the contract editor, bound by direct field access so rows can be added and removed without
 * JavaScript: a button named {@code action} says what the submission is for ({@value #SAVE}, {@value #ADD_FUNDING},
 * {@code remove-funding-2}, {@value #ADD_RULE}, {@code remove-rule-1}, {@value #START_FROM}).
 */
final class EditorForms {

    static final String SAVE = "save";
    static final String ADD_FUNDING = "add-funding";
    static final String REMOVE_FUNDING = "remove-funding-";
    static final String ADD_RULE = "add-rule";
    static final String REMOVE_RULE = "remove-rule-";
    static final String START_FROM = "start-from";

    private EditorForms() {}

    /** A GOV.UK day, month and year as typed. */
    static final class DateForm {
        public @Nullable String day;
        public @Nullable String month;
        public @Nullable String year;

        TypedDate typed() {
            return new TypedDate(day, month, year);
        }
    }

    /** One funding line: a stream, its financial year and its amount in pounds. */
    static final class FundingForm {
        public @Nullable String source;
        public @Nullable String year;
        public @Nullable String amount;
    }

    /** The funding lines and payment rules, as both the create page and the rule editor edit them. */
    static class RulesPart {
        public List<FundingForm> funding = new ArrayList<>();
        public List<RuleForm> rules = new ArrayList<>();
        /** The kind of rule the "Add a rule" button adds. */
        public @Nullable String newRuleKind;

        /** Applies a row action; false when the action is not one (a save). */
        boolean apply(@Nullable String action) {
            String todo = action == null ? SAVE : action;
            if (todo.equals(ADD_FUNDING)) {
                funding.add(new FundingForm());
            } else if (todo.equals(ADD_RULE)) {
                rules.add(RuleForms.blank(newRuleKind == null ? RuleForm.BLOCK : newRuleKind));
            } else if (todo.startsWith(REMOVE_FUNDING)) {
                remove(funding, todo.substring(REMOVE_FUNDING.length()));
            } else if (todo.startsWith(REMOVE_RULE)) {
                remove(rules, todo.substring(REMOVE_RULE.length()));
            } else {
                return false;
            }
            return true;
        }

        private static void remove(List<?> rows, String index) {
            if (index.matches("[0-9]{1,3}") && Integer.parseInt(index) < rows.size()) {
                rows.remove(Integer.parseInt(index));
            }
        }
    }

    /** Create a contract: the header, the term, the funding, how clients are counted, and the rules. */
    static final class NewContract extends RulesPart {
        public @Nullable String reference;
        public @Nullable String name;
        public @Nullable String commissioners;
        public @Nullable String leadProvider;
        public @Nullable String services;
        public DateForm termStart = new DateForm();
        public @Nullable String years;
        public @Nullable String extensions;
        public DateForm breakEarliest = new DateForm();
        public @Nullable String breakNoticeMonths;
        public @Nullable String countingRule;
        public @Nullable String censusDay;
        /** GP practice ODS codes whose clients count, separated by commas; blank for every practice. */
        public @Nullable String practiceCodes;
        /** The rules to start from: {@link RuleForms.StartFrom}. */
        public @Nullable String startFrom;
    }

    /** Edit the rules: the funding, the rules, why, and (for an active contract) the month it takes effect. */
    static final class RulesChange extends RulesPart {
        public @Nullable String reason;
        public @Nullable String inForceFrom;
    }
}
