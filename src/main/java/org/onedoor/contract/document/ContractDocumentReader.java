package org.onedoor.contract.document;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onedoor.contract.evidence.CountingRule;
import org.onedoor.contract.evidence.EvidenceOptions;
import org.onedoor.contract.rules.ContractRules;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.rules.PaymentByOutcomes;
import org.onedoor.contract.rules.PaymentRule;
import org.onedoor.contract.rules.PaymentRuleValidation;
import org.onedoor.contract.rules.RuleFindings;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a contract document (YAML, format {@value ContractDocument#FORMAT}): every problem names the file, the
 * line and the field, and the rules pass the same validation as rules entered on screen, so a document that reads
 * is a contract that can run.
 */
public final class ContractDocumentReader {

    private static final int LARGEST = 1_000_000;

    private ContractDocumentReader() {}

    public static ContractDocument read(String file, String text) {
        if (text.length() > LARGEST) {
            throw new ContractDocumentProblem(file, 1, "(document)", "is larger than 1 MB: is it a contract document?");
        }
        DocumentNode root = new DocumentNode(file, "", compose(file, text))
                .mapping(Set.of("format", "contract", "funding", "evidence", "rules"));
        DocumentNode format = root.required("format");
        if (!format.text().equals(ContractDocument.FORMAT)) {
            throw format.problem("must be " + ContractDocument.FORMAT + " (this version of OneDoor reads that format)");
        }
        ContractHeader header = header(root.required("contract"));
        List<PaymentRule> rules = new ArrayList<>();
        Map<String, DocumentNode> ruleNodes = new HashMap<>();
        int window = EvidenceOptions.defaults().rePresentationWindow();
        for (DocumentNode rule : root.required("rules").items()) {
            PaymentRule read = RuleDocuments.read(rule);
            rules.add(read);
            ruleNodes.putIfAbsent(read.name(), rule);
            window = RuleDocuments.window(rule).orElse(window);
        }
        List<ContractRules.Funding> funding = new ArrayList<>();
        for (DocumentNode line :
                root.optional("funding").map(DocumentNode::items).orElse(List.of())) {
            funding.add(funding(line));
        }
        ContractRules contract = new ContractRules(header.reference(), rules, funding);
        RuleFindings findings = PaymentRuleValidation.validate(contract);
        if (!findings.valid()) {
            RuleFindings.Finding first = findings.errors().get(0);
            DocumentNode at = ruleNodes.getOrDefault(first.rule(), root.required("rules"));
            throw at.problem(String.join("; ", findings.errorMessages()));
        }
        return new ContractDocument(
                header, contract, evidence(root.optional("evidence").orElse(null), rules, window));
    }

    private static Node compose(String file, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try {
            Node node = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
            if (node == null) {
                throw new ContractDocumentProblem(file, 1, "(document)", "is empty");
            }
            return node;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new ContractDocumentProblem(file, line, "(document)", "is not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ContractDocumentProblem(file, 1, "(document)", "is not valid YAML: " + e.getMessage());
        }
    }

    private static ContractHeader header(DocumentNode node) {
        node.mapping(Set.of("reference", "name", "commissioners", "leadProvider", "services", "term", "status"));
        return new ContractHeader(
                node.required("reference").text(),
                node.required("name").text(),
                node.required("commissioners").texts(),
                node.required("leadProvider").text(),
                node.optional("services").map(DocumentNode::texts).orElse(List.of()),
                term(node.required("term")),
                node.optional("status")
                        .map(status -> status.choice(ContractHeader.Status.class))
                        .orElse(ContractHeader.Status.DRAFT));
    }

    private static ContractHeader.Term term(DocumentNode node) {
        node.mapping(Set.of("start", "years", "extensions", "breakClause"));
        DocumentNode years = node.required("years");
        if (years.whole() < 1) {
            throw years.problem("must be at least one year");
        }
        List<Integer> extensions = new ArrayList<>();
        for (DocumentNode extension :
                node.optional("extensions").map(DocumentNode::items).orElse(List.of())) {
            if (extension.whole() < 1) {
                throw extension.problem("an extension is at least one year");
            }
            extensions.add(extension.whole());
        }
        ContractHeader.BreakClause breakClause = node.optional("breakClause")
                .map(clause -> {
                    clause.mapping(Set.of("earliest", "noticeMonths"));
                    return new ContractHeader.BreakClause(
                            clause.required("earliest").date(),
                            clause.required("noticeMonths").whole());
                })
                .orElse(null);
        return new ContractHeader.Term(node.required("start").date(), years.whole(), extensions, breakClause);
    }

    private static ContractRules.Funding funding(DocumentNode node) {
        node.mapping(Set.of("source", "year", "amount"));
        DocumentNode year = node.required("year");
        return new ContractRules.Funding(
                node.required("source").text(),
                financialYear(year),
                node.required("amount").money());
    }

    static FinancialYear financialYear(DocumentNode node) {
        String text = node.text();
        if (!text.matches("\\d{4}/\\d{2}")
                || (Integer.parseInt(text.substring(0, 4)) + 1) % 100 != Integer.parseInt(text.substring(5))) {
            throw node.problem("must be a financial year as 2016/17 (April to March), not " + text);
        }
        return new FinancialYear(Integer.parseInt(text.substring(0, 4)));
    }

    private static EvidenceOptions evidence(DocumentNode node, List<PaymentRule> rules, int window) {
        EvidenceOptions options = EvidenceOptions.defaults().withWindow(window);
        for (PaymentRule rule : rules) {
            if (rule instanceof PaymentByOutcomes outcomes) {
                options = options.qualifying(outcomes.qualifyingDischargeCodes());
            }
        }
        if (node == null) {
            return options;
        }
        node.mapping(Set.of("countingRule", "censusDay", "settings", "agencyCodes", "practiceCodes"));
        CountingRule counting = node.optional("countingRule")
                .map(rule -> rule.choice(CountingRule.class))
                .orElse(CountingRule.ANY_DAY_OPEN_INTERVENTION);
        DocumentNode censusDay = node.optional("censusDay").orElse(null);
        int day = censusDay == null ? 1 : censusDay.whole();
        if (day < 1 || day > 31) {
            throw censusDay.problem("must be a day of the month, 1 to 31");
        }
        return options.counting(counting, day)
                .inSettings(Set.copyOf(
                        node.optional("settings").map(DocumentNode::texts).orElse(List.of())))
                .atAgencies(Set.copyOf(
                        node.optional("agencyCodes").map(DocumentNode::texts).orElse(List.of())))
                .atPractices(Set.copyOf(
                        node.optional("practiceCodes").map(DocumentNode::texts).orElse(List.of())));
    }
}
