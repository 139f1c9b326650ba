package org.onedoor.contract.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.onedoor.contract.document.ContractHeader;
import org.onedoor.contract.evidence.EvidenceOptions;
import org.onedoor.contract.runs.PaymentRuns;
import org.onedoor.contract.runs.Statement;
import org.onedoor.contract.store.ContractVersion;
import org.onedoor.contract.store.Contracts;
import org.onedoor.shared.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A contract's page: header, term, funding, rule versions, statements and the run form. */
@Component
class ContractPage {

    private final Contracts contracts;
    private final PaymentRuns runs;

    ContractPage(Contracts contracts, PaymentRuns runs) {
        this.contracts = contracts;
        this.runs = runs;
    }

    String show(UUID id, ContractForms.Run form, Model model) {
        model.addAttribute("contract", contracts.find(id));
        List<ContractVersion> versions = contracts.versions(id);
        ContractHeader header = versions.get(versions.size() - 1).document().header();
        model.addAttribute("header", header);
        model.addAttribute("term", TermText.of(header.term()));
        model.addAttribute("breakClause", TermText.breakClause(header));
        model.addAttribute(
                "counted", counted(versions.get(versions.size() - 1).document().evidence()));
        model.addAttribute("versions", newestFirst(versions));
        model.addAttribute("funding", contracts.funding(id));
        model.addAttribute("statements", newestFirst(runs.statements(id)));
        if (!model.containsAttribute(ContractForms.RUN)) {
            model.addAttribute(ContractForms.RUN, form);
        }
        return "contract/contract";
    }

    /** The statement, refused as not found when it belongs to another contract than the address says. */
    Statement statement(UUID contractId, UUID statementId) {
        Statement statement = runs.statement(statementId);
        if (!statement.contractId().equals(contractId)) {
            throw new NotFound("Statement", statementId);
        }
        return statement;
    }

    /** "Any day with an open intervention in the month, at GP practices A81001, A81002". */
    static String counted(EvidenceOptions evidence) {
        String rule = switch (evidence.countingRule()) {
            case ANY_DAY_OPEN_INTERVENTION -> "An open intervention on any day of the month";
            case CENSUS_DAY -> "An open intervention on day " + evidence.censusDay() + " of the month";
            case ATTENDED_CONTACT -> "An attended contact recorded in OneDoor in the month";
        };
        return rule
                + (evidence.organisationCodes().isEmpty()
                        ? ", at every GP practice"
                        : ", at GP practices "
                                + String.join(", ", new java.util.TreeSet<>(evidence.organisationCodes())));
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> list = new ArrayList<>(oldestFirst);
        Collections.reverse(list);
        return list;
    }
}
