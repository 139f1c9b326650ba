package org.onedoor.treatment.harmreduction;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientRecords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A client's blood-borne-virus status: a fragment that assessment's trajectory page pulls in with htmx (page
 * composition: the browser joins the pages, the Java code has no dependency), and a page of its own without htmx.
 */
@Controller
class BbvStatusController {

    private final BbvStatuses statuses;
    private final ClientRecords records;

    BbvStatusController(BbvStatuses statuses, ClientRecords records) {
        this.statuses = statuses;
        this.records = records;
    }

    @GetMapping("/clients/{id}/harm-reduction/bbv-status")
    String status(
            @PathVariable UUID id,
            Model model,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx) {
        model.addAttribute("clientId", id);
        model.addAttribute("status", statuses.of(id));
        if (htmx != null) {
            return "treatment/harm-reduction/bbv-status :: status";
        }
        model.addAttribute("client", records.identity(id, "Blood-borne virus status"));
        return "treatment/harm-reduction/bbv-status";
    }
}
