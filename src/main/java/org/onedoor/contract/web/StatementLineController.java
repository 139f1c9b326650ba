package org.onedoor.contract.web;

import java.util.UUID;
import org.onedoor.contract.runs.Statement;
import org.onedoor.contract.store.Contracts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** "Explain this line": one statement line's rule, arithmetic and pseudonymous evidence, a page of clients at a time. */
@Controller
class StatementLineController {

    private final Contracts contracts;
    private final ContractPage page;
    private final LineExplanation explanation;

    StatementLineController(Contracts contracts, ContractPage page, LineExplanation explanation) {
        this.contracts = contracts;
        this.page = page;
        this.explanation = explanation;
    }

    @GetMapping("/contracts/{id}/statements/{statementId}/lines/{number}")
    String line(
            @PathVariable UUID id,
            @PathVariable UUID statementId,
            @PathVariable int number,
            @RequestParam(defaultValue = "0") int from,
            Model model) {
        model.addAttribute("contract", contracts.find(id));
        Statement statement = page.statement(id, statementId);
        model.addAttribute("statement", statement);
        model.addAttribute("explained", explanation.explain(statement, number, from));
        return "contract/line";
    }
}
