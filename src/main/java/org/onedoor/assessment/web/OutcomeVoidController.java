package org.onedoor.assessment.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.OutcomeReading;
import org.onedoor.assessment.OutcomeRecording;
import org.onedoor.client.ClientRecords;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Voiding an outcome record made in error: the confirmation page with its reason, and the void itself. */
@Controller
class OutcomeVoidController {

    private final OutcomeRecording recording;
    private final OutcomeReading reading;
    private final ClientRecords records;

    OutcomeVoidController(OutcomeRecording recording, OutcomeReading reading, ClientRecords records) {
        this.recording = recording;
        this.reading = reading;
        this.records = records;
    }

    @GetMapping("/clients/{id}/outcomes/{recordId}/void")
    String voidForm(@PathVariable UUID id, @PathVariable UUID recordId, Model model) {
        recording.requireMayRecord(id);
        return voidPage(id, recordId, "", Map.of(), model);
    }

    @PostMapping("/clients/{id}/outcomes/{recordId}/void")
    String voidRecord(
            @PathVariable UUID id,
            @PathVariable UUID recordId,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            RedirectAttributes redirect) {
        try {
            recording.voidRecord(id, recordId, reason);
            redirect.addFlashAttribute("flash", Messages.text("assessment.flash.outcomeVoided"));
            return "redirect:/clients/" + id + "/outcomes";
        } catch (FieldProblems refused) {
            Map<String, String> problems = new HashMap<>();
            refused.problems().forEach(p -> problems.putIfAbsent("reason", p.message()));
            return voidPage(id, recordId, reason == null ? "" : reason, problems, model);
        }
    }

    private String voidPage(UUID id, UUID recordId, String reason, Map<String, String> problems, Model model) {
        model.addAttribute("client", records.identity(id, "Void an outcome record"));
        model.addAttribute("detail", reading.one(id, recordId));
        model.addAttribute("reason", reason);
        model.addAttribute("problems", problems);
        model.addAttribute("hasErrors", !problems.isEmpty());
        return "assessment/void";
    }
}
