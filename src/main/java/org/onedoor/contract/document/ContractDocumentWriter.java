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
 * back to an equal document.
 */
public final class ContractDocumentWriter {

    private ContractDocumentWriter() {
    }

    public static String write(ContractDocument document) {
        YamlLines out = new YamlLines();
        ContractHeader header = document.header();
        out.comment("OneDoor contract document: " + header.name());
        out.line(0, "format", ContractDocument.FORMAT);
        out.key(0, "contract");
        out.line(1, "reference", header.reference());
        out.line(1, "name", header.name());
        out.list(1, "commissioners", header.commissioners());
        out.line(1, "leadProvider", header.leadProvider());
        out.list(1, "services", header.services());
        ContractHeader.Term term = header.term();
        out.key(1, "term");
        out.line(2, "start", term.start().toString());
        out.line(2, "years", Integer.toString(term.years()));
        out.values(2, "extensions", term.extensions());
        if (term.breakClause() != null) {
            out.key(2, "breakClause");
            out.line(3, "earliest", term.breakClause().earliest().toString());
            out.line(3, "noticeMonths", Integer.toString(term.breakClause().noticeMonths()));
        }
        out.line(1, "status", header.status().name());
        funding(out, document.rules().funding());
        evidence(out, document.evidence());
        out.key(0, "rules");
        for (PaymentRule rule : document.rules().rules()) {
            RuleWriter.write(out, rule, document.evidence());
        }
        return out.toString();
    }

    private static void funding(YamlLines out, List<ContractRules.Funding> funding) {
        if (funding.isEmpty()) {
            out.line(0, "funding", "[]");
            return;
        }
        out.key(0, "funding");
        for (ContractRules.Funding line : funding) {
            out.item(1, "source", line.stream());
            out.line(2, "year", line.year().toString());
            out.line(2, "amount", money(line.amount()));
        }
    }

    private static void evidence(YamlLines out, EvidenceOptions evidence) {
        out.key(0, "evidence");
        out.line(1, "countingRule", evidence.countingRule().name());
        out.line(1, "censusDay", Integer.toString(evidence.censusDay()));
        out.list(1, "settings", sorted(evidence.settings()));
        out.list(1, "agencyCodes", sorted(evidence.agencyCodes()));
        out.list(1, "practiceCodes", sorted(evidence.organisationCodes()));
    }

    static List<String> sorted(java.util.Collection<String> values) {
        return values.stream().sorted().collect(Collectors.toList());
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
