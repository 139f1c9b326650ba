package org.onedoor.treatment.appointments;

import java.time.Clock;
import java.time.LocalDate;
import org.onedoor.shared.ResultPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "My caseload": the signed-in keyworker's open episodes with what is due, most urgent first. */
@Controller
class CaseloadController {

    static final int PAGE_SIZE = 25;

    private final Caseload caseload;
    private final org.onedoor.client.ClientRecords clients;
    private final Clock clock;

    CaseloadController(Caseload caseload, org.onedoor.client.ClientRecords clients, Clock clock) {
        this.clients = clients;
        this.caseload = caseload;
        this.clock = clock;
    }

    @GetMapping("/caseload")
    String mine(
            @RequestParam(defaultValue = "URGENT") String sort,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        Caseload.Sort order = switch (sort.toUpperCase()) {
            case "NEXT" -> Caseload.Sort.NEXT;
            case "CLIENT" -> Caseload.Sort.CLIENT;
            default -> Caseload.Sort.URGENT;
        };
        ResultPage<CaseloadEntry> entries = caseload.mine(order, Math.max(1, page) - 1, PAGE_SIZE);
        model.addAttribute("entries", entries);
        model.addAttribute(
                "names",
                clients.namesOf(
                        entries.items().stream().map(CaseloadEntry::clientId).toList(),
                        "My caseload page " + Math.max(1, page)));
        model.addAttribute("sort", order.name());
        model.addAttribute("links", new CaseloadLinks(order.name()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("worker", null);
        return "treatment/appointments/caseload";
    }

    /** A team manager's view of one keyworker's caseload (from the team caseloads). */
    @GetMapping("/caseloads/{username}")
    String ofWorker(
            @org.springframework.web.bind.annotation.PathVariable String username,
            @RequestParam(defaultValue = "URGENT") String sort,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        Caseload.Sort order = sortOf(sort);
        ResultPage<CaseloadEntry> entries = caseload.ofWorker(username, order, Math.max(1, page) - 1, PAGE_SIZE);
        model.addAttribute("entries", entries);
        model.addAttribute(
                "names",
                clients.namesOf(
                        entries.items().stream().map(CaseloadEntry::clientId).toList(),
                        "Caseload of " + username + " page " + Math.max(1, page)));
        model.addAttribute("sort", order.name());
        model.addAttribute("links", new CaseloadLinks("/caseloads/" + username, order.name()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("worker", username);
        return "treatment/appointments/caseload";
    }

    private static Caseload.Sort sortOf(String sort) {
        return switch (sort.toUpperCase()) {
            case "NEXT" -> Caseload.Sort.NEXT;
            case "CLIENT" -> Caseload.Sort.CLIENT;
            default -> Caseload.Sort.URGENT;
        };
    }
}
