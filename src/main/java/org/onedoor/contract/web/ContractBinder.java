package org.onedoor.contract.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.document.ContractDocument;
import org.onedoor.contract.document.ContractHeader;
import org.onedoor.contract.evidence.CountingRule;
import org.onedoor.contract.evidence.EvidenceOptions;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.Messages;
import org.onedoor.shared.TypedDate;

/**
 * Reads the contract editor's forms into contract documents, every problem at its field at once: the new contract's
 * header, term and counting rule, and the funding and rules of both forms ({@link RulesPartBinder}). Null when
 * anything is wrong; then nothing is saved.
 */
final class ContractBinder {

    private static final Pattern PRACTICE_CODE = Pattern.compile("[A-Z]\\d{5}");

    private final EditorProblems problems = new EditorProblems();
    private final TypedValues typed = new TypedValues(problems);

    EditorProblems problems() {
        return problems;
    }

    @Nullable
    ContractDocument newContract(EditorForms.NewContract form) {
        String reference = typed.text("reference", form.reference, "the contract's reference", 60);
        String name = typed.text("name", form.name, "the contract's name", 200);
        List<String> commissioners = TypedValues.lines(form.commissioners, false);
        if (commissioners.isEmpty()) {
            problems.add("commissioners", Messages.text("contract.commissioners.required"));
        }
        String provider = typed.text("leadProvider", form.leadProvider, "the lead provider", 200);
        ContractHeader.Term term = term(form);
        EvidenceOptions evidence = evidence(form);
        YearMonth start = term == null ? YearMonth.of(2000, 1) : YearMonth.from(term.start());
        RulesPartBinder.Bound bound =
                new RulesPartBinder(typed).read(reference == null ? "" : reference, form, start, evidence);
        if (problems.any() || bound.rules() == null) {
            return null;
        }
        return new ContractDocument(
                new ContractHeader(
                        reference,
                        name,
                        commissioners,
                        provider,
                        TypedValues.lines(form.services, false),
                        term,
                        ContractHeader.Status.DRAFT),
                bound.rules(),
                bound.evidence());
    }

    /** The stored contract with the form's funding and rules; its header and counting rule stay as they are. */
    @Nullable
    ContractDocument rulesChange(ContractDocument current, EditorForms.RulesPart form) {
        ContractHeader header = current.header();
        RulesPartBinder.Bound bound = new RulesPartBinder(typed)
                .read(header.reference(), form, YearMonth.from(header.term().start()), current.evidence());
        return problems.any() || bound.rules() == null
                ? null
                : new ContractDocument(header, bound.rules(), bound.evidence());
    }

    private ContractHeader.@Nullable Term term(EditorForms.NewContract form) {
        LocalDate start = date("termStart", form.termStart.typed(), "The date the term starts", "1 4 2026");
        Integer years = typed.whole("years", form.years, "the years of the initial term", 1, 50);
        List<Integer> extensions = new ArrayList<>();
        for (String extension : TypedValues.lines(form.extensions, true)) {
            Integer more = typed.whole("extensions", extension, "each extension in years", 1, 50);
            if (more != null) {
                extensions.add(more);
            }
        }
        ContractHeader.BreakClause breakClause = null;
        boolean noBreak = TypedDate.isBlank(form.breakEarliest.typed()) && TypedValues.blank(form.breakNoticeMonths);
        if (!noBreak) {
            LocalDate earliest =
                    date("breakEarliest", form.breakEarliest.typed(), "The earliest break date", "1 4 2028");
            Integer notice = typed.whole("breakNoticeMonths", form.breakNoticeMonths, "the notice in months", 0, 60);
            breakClause = earliest == null || notice == null ? null : new ContractHeader.BreakClause(earliest, notice);
        }
        return start == null || years == null ? null : new ContractHeader.Term(start, years, extensions, breakClause);
    }

    private @Nullable LocalDate date(String field, TypedDate date, String what, String example) {
        if (TypedDate.isBlank(date)) {
            problems.add(
                    field,
                    Messages.text(
                            "contract.date.required", what.substring(0, 1).toLowerCase() + what.substring(1), example));
            return null;
        }
        List<FieldProblem> found = new ArrayList<>();
        LocalDate read = TypedDate.read(date, field, what, example, found);
        found.forEach(problem -> problems.add(problem.field(), problem.message()));
        return read;
    }

    private EvidenceOptions evidence(EditorForms.NewContract form) {
        CountingRule rule = TypedValues.blank(form.countingRule)
                ? CountingRule.ANY_DAY_OPEN_INTERVENTION
                : typed.choice("countingRule", form.countingRule, CountingRule.class, "how clients are counted");
        Integer day = rule == CountingRule.CENSUS_DAY
                ? typed.whole("censusDay", form.censusDay, "the census day of the month", 1, 31)
                : Integer.valueOf(1);
        return EvidenceOptions.defaults()
                .counting(rule == null ? CountingRule.ANY_DAY_OPEN_INTERVENTION : rule, day == null ? 1 : day)
                .atPractices(practices(form.practiceCodes));
    }

    /** GP practice ODS codes: a letter and five digits (A81001), or as typed in lower case. */
    private Set<String> practices(@Nullable String typed) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : TypedValues.lines(typed, true)) {
            String upper = code.toUpperCase(Locale.ROOT);
            if (!PRACTICE_CODE.matcher(upper).matches()) {
                problems.add("practiceCodes", Messages.text("contract.practiceCodes.invalid", code));
                return Set.of();
            }
            codes.add(upper);
        }
        return codes;
    }
}
