package org.onedoor.ndtms.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.ndtms.ImportResult;
import org.onedoor.ndtms.ImportedBy;
import org.onedoor.ndtms.NdtmsUploads;
import org.onedoor.ndtms.UploadSummary;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.ResultPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload an NDTMS file, read its validation report, confirm the load; and the history of imports. */
@Controller
class NdtmsImportController {

    static final String FORM = "uploadForm";

    private final NdtmsUploads uploads;
    private final CurrentUsers currentUsers;

    NdtmsImportController(NdtmsUploads uploads, CurrentUsers currentUsers) {
        this.uploads = uploads;
        this.currentUsers = currentUsers;
    }

    /** The upload form's one field. */
    record UploadForm(@Nullable MultipartFile file) {}

    /** Page links for the pager fragment. */
    record Pages(String base) {
        public String pageLink(int page) {
            return base + (base.contains("?") ? "&" : "?") + "page=" + page;
        }
    }

    @GetMapping("/ndtms/imports")
    String history(@RequestParam(defaultValue = "1") int page, Model model) {
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, new UploadForm(null));
        }
        model.addAttribute("imports", uploads.history(ResultPage.indexOf(page)));
        model.addAttribute("links", new Pages("/ndtms/imports"));
        return "ndtms/imports";
    }

    @PostMapping("/ndtms/imports")
    String upload(@ModelAttribute(FORM) UploadForm form, BindingResult errors, Model model) {
        byte[] content = UploadedFile.read(form.file(), errors);
        if (content == null || form.file() == null) {
            return history(1, model);
        }
        UploadSummary upload = uploads.upload(UploadedFile.name(form.file()), content, by());
        return "redirect:/ndtms/imports/uploads/" + upload.id();
    }

    @GetMapping("/ndtms/imports/uploads/{id}")
    String report(@PathVariable UUID id, @RequestParam(defaultValue = "1") int page, Model model) {
        UploadSummary upload = uploads.find(id, by()).orElseThrow(() -> new NotFound("NDTMS upload", id));
        model.addAttribute("upload", upload);
        model.addAttribute("problems", uploads.report(id, by(), ResultPage.indexOf(page)));
        model.addAttribute("links", new Pages("/ndtms/imports/uploads/" + id));
        return "ndtms/upload";
    }

    @PostMapping("/ndtms/imports/uploads/{id}/confirm")
    String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            ImportResult result = uploads.confirm(id, by());
            redirect.addFlashAttribute(
                    "flash",
                    result.outcome() == ImportResult.Outcome.UNCHANGED
                            ? Messages.text("ndtms.flash.unchanged")
                            : Messages.text(
                                    "ndtms.flash.loaded",
                                    result.rowCount(),
                                    String.join(", ", result.agencies()),
                                    result.replacedRows()));
            return "redirect:/ndtms/imports";
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
            return "redirect:/ndtms/imports/uploads/" + id;
        }
    }

    private ImportedBy by() {
        return new ImportedBy(currentUsers.require().username());
    }
}
