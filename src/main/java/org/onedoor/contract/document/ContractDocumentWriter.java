package org.onedoor.contract.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.onedoor.contract.evidence.EvidenceOptions;
import org.onedoor.contract.rules.ContractRules;
import org.onedoor.contract.rules.PaymentRule;

/**
 * Writes a contract document in the layout people read and diff: one setting a line, rules in contract order, every
 * default spelt out, so what the commissioner signed is what the file says. {@link ContractDocumentReader} reads it
 * back to an equal document. SnakeYAML emits it ({@link YamlMap}).
 */
public final class ContractDocumentWriter {

    private ContractDocumentWriter() {}

    public static String write(ContractDocument document) {
        YamlMap out = new YamlMap();
        ContractHeader header = document.header();
        out.text("format", ContractDocument.FORMAT);
        YamlMap contract = out.map("contract");
        contract.text("reference", header.reference());
        contract.text("name", header.name());
        contract.list("commissioners", header.commissioners());
        contract.text("leadProvider", header.leadProvider());
        contract.list("services", header.services());
        ContractHeader.Term term = header.term();
        YamlMap written = contract.map("term");
        written.text("start", term.start().toString());
        written.text("years", Integer.toString(term.years()));
        written.values("extensions", term.extensions());
        if (term.breakClause() != null) {
            written.map("breakClause")
                    .text("earliest", term.breakClause().earliest().toString())
                    .text("noticeMonths", Integer.toString(term.breakClause().noticeMonths()));
        }
        contract.text("status", header.status().name());
        funding(out, document.rules().funding());
        evidence(out, document.evidence());
        YamlMap.Items rules = out.items("rules");
        for (PaymentRule rule : document.rules().rules()) {
            RuleWriter.write(rules.add(), rule, document.evidence());
        }
        return out.write("OneDoor contract document: " + header.name());
    }

    private static void funding(YamlMap out, List<ContractRules.Funding> funding) {
        if (funding.isEmpty()) {
            out.values("funding", List.of());
            return;
        }
        YamlMap.Items lines = out.items("funding");
        for (ContractRules.Funding line : funding) {
            lines.add()
                    .text("source", line.stream())
                    .text("year", line.year().toString())
                    .text("amount", money(line.amount()));
        }
    }

    private static void evidence(YamlMap out, EvidenceOptions evidence) {
        out.map("evidence")
                .text("countingRule", evidence.countingRule().name())
                .text("censusDay", Integer.toString(evidence.censusDay()))
                .list("settings", sorted(evidence.settings()))
                .list("agencyCodes", sorted(evidence.agencyCodes()))
                .list("practiceCodes", sorted(evidence.organisationCodes()));
    }

    static List<String> sorted(java.util.Collection<String> values) {
        return values.stream().sorted().collect(Collectors.toList());
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
