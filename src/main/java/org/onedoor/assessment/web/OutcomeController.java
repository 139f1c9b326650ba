package org.onedoor.assessment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.ClientEpisodes;
import org.onedoor.assessment.NewOutcome;
import org.onedoor.assessment.OutcomeDetail;
import org.onedoor.assessment.OutcomeReading;
import org.onedoor.assessment.OutcomeRecording;
import org.onedoor.assessment.OutcomeStatus;
import org.onedoor.assessment.Recorded;
import org.onedoor.assessment.instrument.InstrumentDefinition;
import org.onedoor.assessment.instrument.Instruments;
import org.onedoor.client.ClientRecords;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A client's outcome records: the list, the forms (new and draft) and one record ({@link OutcomeVoidController} voids). */
@Controller
class OutcomeController {

    private final OutcomeRecording recording;
    private final OutcomeReading reading;
    private final Instruments instruments;
    private final ClientRecords records;
    private final ClientEpisodes episodes;
    private final Clock clock;

    OutcomeController(
            OutcomeRecording recording,
            OutcomeReading reading,
            Instruments instruments,
            ClientRecords records,
            ClientEpisodes episodes,
            Clock clock) {
        this.episodes = episodes;
        this.recording = recording;
        this.reading = reading;
        this.instruments = instruments;
        this.records = records;
        this.clock = clock;
    }

    /** The client's outcome records, as a fragment the client record loads (and a page of its own without htmx). */
    @GetMapping("/clients/{id}/outcomes")
    String list(
            @PathVariable UUID id,
            Model model,
            Authentication authentication,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx) {
        model.addAttribute("clientId", id);
        if (htmx == null) {
            model.addAttribute("client", records.identity(id, "Outcome records"));
        }
        model.addAttribute("outcomes", reading.forClient(id));
        model.addAttribute("instruments", instruments.current());
        model.addAttribute("mayRecord", mayRecord(authentication));
        return htmx != null ? "assessment/outcomes :: list" : "assessment/outcomes";
    }

    @GetMapping("/clients/{id}/outcomes/new/{instrument}")
    String newForm(
            @PathVariable UUID id,
            @PathVariable String instrument,
            @RequestParam(required = false) @Nullable String stage,
            @RequestParam(required = false) @Nullable UUID episode,
            Model model) {
        InstrumentDefinition definition = definition(instrument);
        recording.requireMayRecord(id);
        Map<String, String> typed = OutcomeForm.of(Map.of(), stage, LocalDate.now(clock), episode);
        List<ClientEpisodes.KnownEpisode> known = episodes.of(id);
        List<ClientEpisodes.KnownEpisode> open =
                known.stream().filter(ClientEpisodes.KnownEpisode::open).toList();
        if (episode == null && open.size() == 1) {
            typed = OutcomeForm.of(
                    Map.of(), stage, LocalDate.now(clock), open.get(0).id());
        }
        return form(id, definition, null, typed, Map.of(), model);
    }

    @PostMapping("/clients/{id}/outcomes/new/{instrument}")
    String create(
            @PathVariable UUID id,
            @PathVariable String instrument,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        InstrumentDefinition shown = shownVersion(instrument, params.get("version"));
        OutcomeForm form = new OutcomeForm(params);
        String posted = params.get("version");
        NewOutcome outcome =
                form.read(instrument, posted != null && posted.matches("[0-9]{1,4}") ? Integer.valueOf(posted) : null);
        if (form.problems.isEmpty()) {
            try {
                return saved(id, recording.record(id, outcome), form.draft(), shown, redirect);
            } catch (FieldProblems refused) {
                form.add(refused.problems());
            }
        }
        return form(id, shown, null, params, form.problems, model);
    }

    @GetMapping("/clients/{id}/outcomes/{recordId}")
    String show(@PathVariable UUID id, @PathVariable UUID recordId, Model model, Authentication authentication) {
        OutcomeDetail detail = reading.one(id, recordId);
        model.addAttribute("client", records.identity(id, "Outcome record"));
        model.addAttribute("detail", detail);
        model.addAttribute("mayRecord", mayRecord(authentication));
        return "assessment/outcome";
    }

    @GetMapping("/clients/{id}/outcomes/{recordId}/edit")
    String editDraft(@PathVariable UUID id, @PathVariable UUID recordId, Model model) {
        OutcomeDetail detail = reading.one(id, recordId);
        if (detail.summary().status() != OutcomeStatus.DRAFT) {
            throw new NotFound("Draft outcome record", recordId);
        }
        Map<String, String> typed = OutcomeForm.of(
                detail.answers(),
                detail.summary().stage() == null
                        ? null
                        : detail.summary().stage().name(),
                detail.summary().doneOn(),
                detail.summary().episodeId());
        return form(id, detail.definition(), recordId, typed, Map.of(), model);
    }

    @PostMapping("/clients/{id}/outcomes/{recordId}/edit")
    String completeDraft(
            @PathVariable UUID id,
            @PathVariable UUID recordId,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        OutcomeDetail detail = reading.one(id, recordId);
        InstrumentDefinition definition = detail.definition();
        OutcomeForm form = new OutcomeForm(params);
        NewOutcome outcome = form.read(definition.id(), definition.version());
        if (form.problems.isEmpty()) {
            try {
                return saved(id, recording.completeDraft(id, recordId, outcome), form.draft(), definition, redirect);
            } catch (FieldProblems refused) {
                form.add(refused.problems());
            }
        }
        return form(id, definition, recordId, params, form.problems, model);
    }

    private String saved(
            UUID id, Recorded recorded, boolean draft, InstrumentDefinition definition, RedirectAttributes redirect) {
        String risk = recorded.riskAlertsRaised() > 0 ? " " + Messages.text("assessment.flash.riskAlertRaised") : "";
        redirect.addFlashAttribute(
                "flash",
                (draft
                                ? Messages.text("assessment.flash.outcomeDrafted", definition.shortTitle())
                                : Messages.text("assessment.flash.outcomeRecorded", definition.shortTitle()))
                        + risk);
        return "redirect:/clients/" + id + "/outcomes/" + recorded.id();
    }

    private String form(
            UUID id,
            InstrumentDefinition definition,
            @Nullable UUID draftId,
            Map<String, String> typed,
            Map<String, String> problems,
            Model model) {
        model.addAttribute("client", records.identity(id, "Outcome form: " + definition.shortTitle()));
        model.addAttribute("definition", definition);
        model.addAttribute("draftId", draftId);
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        Map<String, String> byItem = new HashMap<>();
        problems.forEach((field, message) ->
                byItem.putIfAbsent(field.contains(".") ? field.substring(0, field.indexOf('.')) : field, message));
        model.addAttribute("itemProblems", byItem);
        model.addAttribute("hasErrors", !problems.isEmpty());
        model.addAttribute("today", LocalDate.now(clock));
        List<ClientEpisodes.KnownEpisode> known = episodes.of(id);
        model.addAttribute("episodes", known);
        model.addAttribute(
                "episodeIds", known.stream().map(e -> e.id().toString()).collect(Collectors.toSet()));
        return "assessment/form";
    }

    private static boolean mayRecord(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("TREATMENT_RECORD"));
    }

    private InstrumentDefinition definition(String instrument) {
        return instruments.latest(instrument).orElseThrow(() -> new NotFound("Instrument", instrument));
    }

    /** The version the form showed; one that does not exist is the service's to refuse, at the form's top. */
    private InstrumentDefinition shownVersion(String instrument, @Nullable String version) {
        InstrumentDefinition latest = definition(instrument);
        if (version == null || !version.matches("[0-9]{1,4}")) {
            return latest;
        }
        return instruments.find(instrument, Integer.parseInt(version)).orElse(latest);
    }
}
