package org.onedoor.client.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.subjectaccess.SubjectAccessExport;
import org.onedoor.client.subjectaccess.SubjectAccessFormat;
import org.onedoor.client.subjectaccess.SubjectAccessPackage;
import org.onedoor.security.People;
import org.onedoor.shared.DomainRuleViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * The IG lead answers a subject-access request: the page says whose record and what it will include; the form
 * takes the request's reference and hands the export over as a download, JSON or a printable page.
 */
@Controller
class SubjectAccessController {

    static final String EXPORT_TEMPLATE = "client/subject-access-export";

    private final SubjectAccessExport export;
    private final JsonMapper json;
    private final ITemplateEngine templates;
    private final People people;

    SubjectAccessController(SubjectAccessExport export, JsonMapper json, ITemplateEngine templates, People people) {
        this.export = export;
        this.json = json;
        this.templates = templates;
        this.people = people;
    }

    @GetMapping("/clients/{id}/subject-access")
    String initExportForm(@PathVariable UUID id, Model model) {
        return page(id, new SubjectAccessForm(null, SubjectAccessFormat.JSON), model);
    }

    @PostMapping("/clients/{id}/subject-access")
    @Nullable
    ModelAndView processExportForm(
            @PathVariable UUID id,
            @ModelAttribute("form") SubjectAccessForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response)
            throws IOException {
        if (!errors.hasErrors()) {
            try {
                SubjectAccessPackage found = export.export(id, form.requestReference(), form.format());
                download(found, form.format() == null ? SubjectAccessFormat.JSON : form.format(), response);
                return null;
            } catch (DomainRuleViolation violation) {
                errors.rejectValue(
                        violation.field() == null ? "requestReference" : violation.field(),
                        violation.code(),
                        violation.getMessage());
            }
        }
        model.addAttribute("hasErrors", true);
        return new ModelAndView(page(id, form, model));
    }

    /** Writes the export as an attachment; it was recorded in the audit trail before this. */
    private void download(SubjectAccessPackage found, SubjectAccessFormat format, HttpServletResponse response)
            throws IOException {
        byte[] body;
        MediaType type;
        if (format == SubjectAccessFormat.HTML) {
            Context context = new Context(Locale.UK, Map.of("sar", found, "people", people));
            body = templates.process(EXPORT_TEMPLATE, context).getBytes(StandardCharsets.UTF_8);
            type = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
        } else {
            body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(found);
            type = MediaType.APPLICATION_JSON;
        }
        String filename = "subject-access-" + found.identity().reference() + "." + format.extension();
        response.setContentType(type.toString());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private String page(UUID id, SubjectAccessForm form, Model model) {
        SubjectAccessExport.Preview preview = export.preview(id);
        model.addAttribute("preview", preview);
        model.addAttribute("client", preview.identity());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        Map<String, String> formats = new LinkedHashMap<>();
        for (SubjectAccessFormat format : SubjectAccessFormat.values()) {
            formats.put(format.name(), format.label());
        }
        model.addAttribute("formatOptions", formats);
        return "client/subject-access";
    }

    /** The request being answered and how to deliver the export. */
    record SubjectAccessForm(
            @Nullable String requestReference, @Nullable SubjectAccessFormat format) {}
}
