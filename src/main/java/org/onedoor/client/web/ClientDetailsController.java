package org.onedoor.client.web;

import java.util.UUID;
import org.onedoor.client.ClientIdentity;
import org.onedoor.client.ClientPointers;
import org.onedoor.client.ClientRecords;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Privilege;
import org.onedoor.shared.Messages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering a client met directly, and changing a client's identity and contact details. */
@Controller
class ClientDetailsController {

    private static final String VIEW = "client/details";

    private final ClientFormSubmission submission;
    private final ClientRecords records;
    private final ClientPointers pointers;
    private final CurrentUsers currentUsers;

    ClientDetailsController(
            ClientFormSubmission submission,
            ClientRecords records,
            ClientPointers pointers,
            CurrentUsers currentUsers) {
        this.submission = submission;
        this.records = records;
        this.pointers = pointers;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/clients/new")
    String initRegisterForm(Model model) {
        requireEdit();
        submission.fill(model, ClientForm.blank(), null);
        return VIEW;
    }

    @PostMapping("/clients/new")
    String processRegisterForm(
            @ModelAttribute(ClientFormSubmission.FORM) ClientForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        requireEdit();
        BindingResult errors = ClientFormSubmission.freshErrors(form);
        UUID id = submission.register(form, errors);
        if (id == null) {
            submission.fill(model, form, errors);
            return VIEW;
        }
        redirect.addFlashAttribute("flash", Messages.text("client.flash.clientRegistered", pointers.reference(id)));
        return "redirect:/clients/" + id;
    }

    @GetMapping("/clients/{id}/identity")
    String initAmendForm(@PathVariable UUID id, Model model) {
        requireEdit();
        ClientIdentity identity = records.identity(id, "Change details form");
        model.addAttribute("client", identity);
        submission.fill(model, ClientForm.of(identity), null);
        return VIEW;
    }

    @PostMapping("/clients/{id}/identity")
    String processAmendForm(
            @PathVariable UUID id,
            @ModelAttribute(ClientFormSubmission.FORM) ClientForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        requireEdit();
        BindingResult errors = ClientFormSubmission.freshErrors(form);
        if (!submission.amend(id, form, errors)) {
            model.addAttribute("client", records.identity(id, "Change details form"));
            submission.fill(model, form, errors);
            return VIEW;
        }
        redirect.addFlashAttribute("flash", Messages.text("client.flash.changesSaved", pointers.reference(id)));
        return "redirect:/clients/" + id;
    }

    /** The forms are for people who may change records; the registry checks again. */
    private void requireEdit() {
        if (!currentUsers.require().has(Privilege.CLIENT_RECORD_EDIT)) {
            throw new AccessDeniedException("Registering and changing clients needs CLIENT_RECORD_EDIT");
        }
    }
}
