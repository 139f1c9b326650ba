package org.onedoor.treatment.harmreduction;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onedoor.client.ClientRecords;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.NspVisit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The needle exchange desk: record a visit (anonymous under a code, or for a client) and link a code to a client. */
@Controller
@PreAuthorize("hasAuthority('TREATMENT_RECORD')")
class HarmReductionController {

    private final NeedleExchange exchange;
    private final HarmReductionCodes codes;
    private final ClientRecords records;

    HarmReductionController(NeedleExchange exchange, HarmReductionCodes codes, ClientRecords records) {
        this.exchange = exchange;
        this.codes = codes;
        this.records = records;
    }

    @GetMapping("/harm-reduction")
    String desk(Model model) {
        return page(Map.of(), Map.of(), model);
    }

    @PostMapping("/harm-reduction")
    String visit(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        HarmReductionParams form = new HarmReductionParams(params);
        UUID client = null;
        if (form.text("client") != null) {
            try {
                client = records.idOf(form.text("client"));
            } catch (NotFound unknown) {
                form.problems.put("client", Messages.text("harmReduction.client.unknownClient", form.text("client")));
            }
        }
        NspVisit visit = new NspVisit(
                client,
                client == null ? form.text("pseudonym") : null,
                form.date("visitedOn", "The date of the visit"),
                form.items(List.copyOf(codes.items().keySet())),
                form.text("notes"));
        if (form.problems.isEmpty()) {
            try {
                exchange.record(visit);
                redirect.addFlashAttribute("flash", Messages.text("harmReduction.flash.needleExchangeVisit"));
                return "redirect:/harm-reduction";
            } catch (DomainRuleViolation refused) {
                refused.problems().forEach(p -> form.problems.putIfAbsent(p.field(), p.message()));
            }
        }
        return page(form.problems, params, model);
    }

    @PostMapping("/harm-reduction/link")
    String link(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        HarmReductionParams form = new HarmReductionParams(params);
        String code = form.text("linkCode");
        String reference = form.text("linkClient");
        if (code == null) {
            form.problems.put("linkCode", Messages.text("harmReduction.linkCode.required"));
        }
        if (reference == null) {
            form.problems.put("linkClient", Messages.text("harmReduction.linkClient.required"));
        }
        if (form.problems.isEmpty()) {
            try {
                UUID client = records.idOf(reference);
                int linked = exchange.link(code, client, "true".equals(form.text("clientAgreed")));
                redirect.addFlashAttribute(
                        "flash", Messages.text("harmReduction.flash.visitsLinked", linked, reference.toUpperCase()));
                return "redirect:/clients/" + client + "/harm-reduction";
            } catch (NotFound unknown) {
                form.problems.put("linkClient", Messages.text("harmReduction.client.unknownClient", reference));
            } catch (DomainRuleViolation refused) {
                refused.problems()
                        .forEach(p -> form.problems.putIfAbsent(
                                p.field().equals("client")
                                        ? "linkClient"
                                        : p.field().equals("pseudonym") ? "linkCode" : p.field(),
                                p.message()));
            }
        }
        return page(form.problems, params, model);
    }

    private String page(Map<String, String> problems, Map<String, String> typed, Model model) {
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
        model.addAttribute("items", codes.items());
        return "treatment/harm-reduction/desk";
    }
}
