package org.onedoor.referral;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.ResultPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Logging enquiries (advice, information or signposting calls) and listing them, newest first. */
@Controller
class EnquiryController {

    static final int PAGE_SIZE = 25;
    private static final List<String> FORM_ORDER = List.of("topic", "callerType", "outcome", "signpostedTo", "notes");

    private final EnquiryLog log;
    private final Clock clock;

    EnquiryController(EnquiryLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @GetMapping("/referrals/enquiries/new")
    String initEnquiryForm(Model model) {
        return form(EnquiryForm.empty(), Map.of(), model);
    }

    @PostMapping("/referrals/enquiries/new")
    String processEnquiryForm(@ModelAttribute EnquiryForm form, Model model, RedirectAttributes redirect) {
        List<FieldProblem> typing = new ArrayList<>();
        EnquiryLog.NewEnquiry enquiry = form.toEnquiry(typing);
        Map<String, String> problems = new LinkedHashMap<>();
        typing.forEach(problem -> problems.putIfAbsent(problem.field(), problem.message()));
        try {
            if (typing.isEmpty()) {
                log.log(enquiry);
                redirect.addFlashAttribute("flash", "Enquiry logged");
                return "redirect:/referrals/enquiries";
            }
            log.check(enquiry);
        } catch (FieldProblems found) {
            found.problems().forEach(problem -> problems.putIfAbsent(problem.field(), problem.message()));
        }
        model.addAttribute("hasErrors", true);
        return form(form, inFormOrder(problems), model);
    }

    @GetMapping("/referrals/enquiries")
    String enquiries(
            @RequestParam(required = false) @Nullable String topic,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        model.addAttribute("results", log.recent(topic, ResultPage.indexOf(page), PAGE_SIZE));
        model.addAttribute("topic", topic == null ? "" : topic);
        model.addAttribute("topics", ReferralCodes.labels(log.topics(LocalDate.now(clock))));
        URI self = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page")
                .build()
                .toUri();
        model.addAttribute(
                "links",
                new ReferralQueueController.PageLinks(
                        self.getRawPath() + (self.getRawQuery() == null ? "" : "?" + self.getRawQuery())));
        return "referral/enquiries";
    }

    private String form(EnquiryForm form, Map<String, String> errors, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("topics", ReferralCodes.labels(log.topics(today)));
        model.addAttribute("outcomes", ReferralCodes.labels(log.outcomes(today)));
        model.addAttribute("callerTypes", EnquiryCallerType.values());
        return "referral/enquiry";
    }

    private static Map<String, String> inFormOrder(Map<String, String> problems) {
        Map<String, String> ordered = new LinkedHashMap<>();
        FORM_ORDER.stream().filter(problems::containsKey).forEach(field -> ordered.put(field, problems.get(field)));
        problems.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
