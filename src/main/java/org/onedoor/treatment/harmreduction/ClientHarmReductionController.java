package org.onedoor.treatment.harmreduction;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onedoor.client.ClientRecords;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvEntry;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvKind;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvResult;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvStatus;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.NaloxoneSupply;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.NspVisit;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.Recipient;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.Virus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A client's harm-reduction page: NSP, naloxone and BBV history, with a form for each. */
@Controller
class ClientHarmReductionController {

    private final NeedleExchange exchange;
    private final ClientHarmReduction harmReduction;
    private final HarmReductionQueries queries;
    private final HarmReductionCodes codes;
    private final ClientRecords records;

    ClientHarmReductionController(
            NeedleExchange exchange,
            ClientHarmReduction harmReduction,
            HarmReductionQueries queries,
            HarmReductionCodes codes,
            ClientRecords records) {
        this.exchange = exchange;
        this.harmReduction = harmReduction;
        this.queries = queries;
        this.codes = codes;
        this.records = records;
    }

    @GetMapping("/clients/{id}/harm-reduction")
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    String page(@PathVariable UUID id, Model model) {
        return page(id, Map.of(), Map.of(), model);
    }

    @PostMapping("/clients/{id}/harm-reduction/nsp")
    String visit(
            @PathVariable UUID id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        HarmReductionParams form = new HarmReductionParams(params);
        NspVisit visit = new NspVisit(
                id,
                null,
                form.date("visitedOn", "The date of the visit"),
                form.items(List.copyOf(codes.items().keySet())),
                form.text("notes"));
        return save(
                id,
                form,
                params,
                model,
                redirect,
                Messages.text("harmReduction.flash.needleExchangeVisit"),
                () -> exchange.record(visit));
    }

    @PostMapping("/clients/{id}/harm-reduction/naloxone")
    String naloxone(
            @PathVariable UUID id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        HarmReductionParams form = new HarmReductionParams(params);
        NaloxoneSupply supply = new NaloxoneSupply(
                form.date("suppliedOn", "The date supplied"),
                form.text("kitType"),
                form.number("quantity", "The number of kits"),
                form.choice(Recipient.class, "recipient"),
                form.text("recipientName"));
        return save(
                id,
                form,
                params,
                model,
                redirect,
                Messages.text("harmReduction.flash.naloxoneSupplied"),
                () -> harmReduction.supplyNaloxone(id, supply));
    }

    @PostMapping("/clients/{id}/harm-reduction/bbv")
    String bbv(
            @PathVariable UUID id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        HarmReductionParams form = new HarmReductionParams(params);
        BbvEntry entry = new BbvEntry(
                form.choice(Virus.class, "virus"),
                form.choice(BbvKind.class, "kind"),
                form.date("recordedOn", "The date"),
                form.choice(BbvStatus.class, "status"),
                form.choice(BbvResult.class, "result"),
                form.number("dose", "The dose"),
                "true".equals(form.text("courseCompleted")));
        return save(
                id,
                form,
                params,
                model,
                redirect,
                Messages.text("harmReduction.flash.bbvRecorded"),
                () -> harmReduction.recordBbv(id, entry));
    }

    @PostMapping("/clients/{id}/harm-reduction/bbv/{entryId}/void")
    String voidBbv(
            @PathVariable UUID id,
            @PathVariable UUID entryId,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        HarmReductionParams form = new HarmReductionParams(params);
        return save(
                id,
                form,
                params,
                model,
                redirect,
                Messages.text("harmReduction.flash.bbvVoided"),
                () -> harmReduction.voidBbv(id, entryId, params.get("voidReason")));
    }

    private String save(
            UUID id,
            HarmReductionParams form,
            Map<String, String> params,
            Model model,
            RedirectAttributes redirect,
            String done,
            Runnable change) {
        if (form.problems.isEmpty()) {
            try {
                change.run();
                redirect.addFlashAttribute("flash", done);
                return "redirect:/clients/" + id + "/harm-reduction";
            } catch (DomainRuleViolation refused) {
                refused.problems().forEach(p -> form.problems.putIfAbsent(p.field(), p.message()));
            }
        }
        return page(id, form.problems, params, model);
    }

    private String page(UUID id, Map<String, String> problems, Map<String, String> typed, Model model) {
        model.addAttribute("client", records.identity(id, "Harm reduction"));
        model.addAttribute("history", queries.history(id));
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
        model.addAttribute("items", codes.items());
        model.addAttribute("kits", codes.kits());
        return "treatment/harm-reduction/client";
    }
}
