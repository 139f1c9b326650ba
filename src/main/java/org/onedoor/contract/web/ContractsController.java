package org.onedoor.contract.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.store.ContractSummary;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The contract list with document import, and a contract's lifecycle and document download. */
@Controller
class ContractsController {

    private final Contracts contracts;
    private final ContractPage page;

    ContractsController(Contracts contracts, ContractPage page) {
        this.contracts = contracts;
        this.page = page;
    }

    @GetMapping("/contracts")
    String list(Model model) {
        return list(new ContractForms.Import(null), model);
    }

    @PostMapping("/contracts/import")
    String importDocument(
            @ModelAttribute(ContractForms.IMPORT) ContractForms.Import form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MultipartFile file = form.document();
        @Nullable String yaml = null;
        if (file == null || file.isEmpty()) {
            errors.rejectValue("document", "REQUIRED", Messages.text("contract.document.required"));
        } else if (file.getSize() > ContractForms.MAX_DOCUMENT_BYTES) {
            errors.rejectValue(
                    "document",
                    "TOO_LARGE",
                    Messages.text("contract.document.tooLarge", ContractForms.MAX_DOCUMENT_BYTES / 1024));
        } else {
            yaml = text(file, errors);
        }
        if (yaml != null) {
            try {
                ContractSummary imported = contracts.importDocument(fileName(file), yaml);
                redirect.addFlashAttribute("flash", Messages.text("contract.flash.imported", imported.reference()));
                return "redirect:/contracts/" + imported.id();
            } catch (DomainRuleViolation refused) {
                ContractForms.ERRORS.reject(errors, "document", refused.code(), refused.getMessage());
            }
        }
        model.addAttribute(ContractForms.IMPORT, form);
        return list(form, model);
    }

    @GetMapping("/contracts/{id}")
    String contract(@PathVariable UUID id, Model model) {
        return page.show(id, new ContractForms.Run(null), model);
    }

    @PostMapping("/contracts/{id}/activate")
    String activate(@PathVariable UUID id, RedirectAttributes redirect) {
        ContractSummary contract = contracts.activate(id);
        redirect.addFlashAttribute("flash", Messages.text("contract.flash.activated", contract.reference()));
        return "redirect:/contracts/" + id;
    }

    @GetMapping("/contracts/{id}/end")
    String confirmEnd(@PathVariable UUID id, Model model) {
        model.addAttribute("contract", contracts.find(id));
        return "contract/end";
    }

    @PostMapping("/contracts/{id}/end")
    String end(@PathVariable UUID id, RedirectAttributes redirect) {
        ContractSummary contract = contracts.end(id);
        redirect.addFlashAttribute("flash", Messages.text("contract.flash.ended", contract.reference()));
        return "redirect:/contracts/" + id;
    }

    @GetMapping("/contracts/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable UUID id) {
        ContractSummary contract = contracts.find(id);
        byte[] yaml = contracts.exportDocument(id).getBytes(StandardCharsets.UTF_8);
        String name = "contract-" + contract.reference().replaceAll("[^A-Za-z0-9-]", "_") + ".yaml";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .body(yaml);
    }

    private String list(ContractForms.Import form, Model model) {
        model.addAttribute("contracts", contracts.list());
        if (!model.containsAttribute(ContractForms.IMPORT)) {
            model.addAttribute(ContractForms.IMPORT, form);
        }
        return "contract/list";
    }

    private static @Nullable String text(MultipartFile file, BindingResult errors) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            errors.rejectValue("document", "NOT_TEXT", Messages.text("contract.document.notText"));
        } catch (IOException e) {
            errors.rejectValue("document", "UNREADABLE", Messages.text("contract.document.unreadable"));
        }
        return null;
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "contract.yaml";
        }
        String base = name.replace('\\', '/');
        return base.substring(base.lastIndexOf('/') + 1);
    }
}
