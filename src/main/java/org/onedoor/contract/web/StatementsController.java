package org.onedoor.contract.web;

import java.time.YearMonth;
import java.util.UUID;
import org.onedoor.contract.rules.Pounds;
import org.onedoor.contract.runs.PaymentRuns;
import org.onedoor.contract.runs.Statement;
import org.onedoor.contract.runs.StatementExports;
import org.onedoor.contract.store.Contracts;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Running a contract's month, its statement with the evidence of every line, approval and downloads. */
@Controller
class StatementsController {

    private final Contracts contracts;
    private final PaymentRuns runs;
    private final StatementExports exports;
    private final ContractPage page;

    StatementsController(Contracts contracts, PaymentRuns runs, StatementExports exports, ContractPage page) {
        this.contracts = contracts;
        this.runs = runs;
        this.exports = exports;
        this.page = page;
    }

    @PostMapping("/contracts/{id}/runs")
    String run(
            @PathVariable UUID id,
            @ModelAttribute(ContractForms.RUN) ContractForms.Run form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        YearMonth month = ContractForms.month(errors, form.month());
        if (month != null) {
            try {
                Statement statement = runs.run(id, month);
                redirect.addFlashAttribute(
                        "flash",
                        Messages.text("contract.flash.runDone", month, Pounds.format(statement.total()))
                                + (statement.runs() > 1
                                        ? " " + Messages.text("contract.flash.runNumber", statement.runs())
                                        : ""));
                return "redirect:/contracts/" + id + "/statements/" + statement.id();
            } catch (DomainRuleViolation refused) {
                ContractForms.ERRORS.reject(errors, "month", refused.code(), refused.getMessage());
            }
        }
        return page.show(id, form, model);
    }

    @GetMapping("/contracts/{id}/statements/{statementId}")
    String statement(@PathVariable UUID id, @PathVariable UUID statementId, Model model) {
        model.addAttribute("contract", contracts.find(id));
        model.addAttribute("statement", statementOf(id, statementId));
        return "contract/statement";
    }

    @GetMapping("/contracts/{id}/statements/{statementId}/approve")
    String confirmApprove(@PathVariable UUID id, @PathVariable UUID statementId, Model model) {
        model.addAttribute("contract", contracts.find(id));
        model.addAttribute("statement", statementOf(id, statementId));
        return "contract/approve";
    }

    @PostMapping("/contracts/{id}/statements/{statementId}/approve")
    String approve(@PathVariable UUID id, @PathVariable UUID statementId, RedirectAttributes redirect) {
        statementOf(id, statementId);
        Statement approved = runs.approve(statementId);
        redirect.addFlashAttribute(
                "flash", Messages.text("contract.flash.approved", approved.month(), Pounds.format(approved.total())));
        return "redirect:/contracts/" + id + "/statements/" + statementId;
    }

    @GetMapping("/contracts/{id}/statements/{statementId}/{format:csv|xlsx|pdf}")
    ResponseEntity<byte[]> download(
            @PathVariable UUID id, @PathVariable UUID statementId, @PathVariable String format) {
        statementOf(id, statementId);
        StatementExports.Export export = switch (format) {
            case "csv" -> exports.csv(statementId);
            case "xlsx" -> exports.xlsx(statementId);
            default -> exports.pdf(statementId);
        };
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(export.fileName())
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(export.contentType()))
                .body(export.content());
    }

    private Statement statementOf(UUID contractId, UUID statementId) {
        return page.statement(contractId, statementId);
    }
}
