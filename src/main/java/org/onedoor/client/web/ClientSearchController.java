package org.onedoor.client.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onedoor.client.ClientCaseload;
import org.onedoor.client.ClientRecords;
import org.onedoor.client.ClientSearch;
import org.onedoor.client.ClientSearchResult;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Privilege;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.ResultPage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one search box for clients. Lists only clients the person may open; for a precise search, says that a record
 * outside their access exists (by reference, never by name) so a clinician can break glass. With nothing typed, a
 * clinician sees their caseload: the clients who name them as their worker.
 */
@Controller
class ClientSearchController {

    static final int PAGE_SIZE = 25;

    private final ClientSearch search;
    private final ClientRecords records;
    private final ClientCaseload caseload;
    private final CurrentUsers currentUsers;

    ClientSearchController(
            ClientSearch search, ClientRecords records, ClientCaseload caseload, CurrentUsers currentUsers) {
        this.search = search;
        this.records = records;
        this.caseload = caseload;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/clients")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
        CurrentUser user = currentUsers.require();
        if (!user.has(Privilege.CLIENT_RECORD_VIEW) && !user.has(Privilege.CLIENT_SUBJECT_ACCESS)) {
            throw new AccessDeniedException("Searching clients needs CLIENT_RECORD_VIEW or CLIENT_SUBJECT_ACCESS");
        }
        String typed = q.strip();
        model.addAttribute("q", typed);
        model.addAttribute("mayRegister", user.has(Privilege.CLIENT_RECORD_EDIT));
        model.addAttribute(
                "subjectAccess", user.has(Privilege.CLIENT_SUBJECT_ACCESS) && !user.has(Privilege.CLIENT_RECORD_VIEW));
        if (!typed.isEmpty()) {
            ClientSearchResult result = search.search(typed, ResultPage.indexOf(page), PAGE_SIZE);
            model.addAttribute("result", result);
            model.addAttribute("results", result.clients());
            model.addAttribute(
                    "links",
                    new PageLinks("/clients?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8) + "&page="));
            Map<String, String> outside = new LinkedHashMap<>();
            for (String reference : result.outsideAccess()) {
                try {
                    outside.put(reference, "/clients/" + records.idOf(reference) + "/break-glass");
                } catch (NotFound gone) {
                    // merged or voided meanwhile: nothing to open
                }
            }
            model.addAttribute("outside", outside);
        } else if (user.has(Privilege.CLIENT_RECORD_VIEW)) {
            model.addAttribute("caseload", caseload.mine(ResultPage.indexOf(page), PAGE_SIZE));
            model.addAttribute("caseloadLinks", new PageLinks("/clients?page="));
        }
        return "client/search";
    }

    /** Links of the pager: page n (from 1) of the same search. */
    record PageLinks(String prefix) {

        public String pageLink(int n) {
            return prefix + n;
        }
    }
}
