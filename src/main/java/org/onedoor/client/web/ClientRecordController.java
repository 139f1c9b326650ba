package org.onedoor.client.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientPointers;
import org.onedoor.client.ClientRecord;
import org.onedoor.client.ClientRecordQuery;
import org.onedoor.client.ClientRecords;
import org.onedoor.client.ClientTimeline;
import org.onedoor.client.ConsentEntry;
import org.onedoor.client.ConsentPurpose;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Privilege;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.ResultPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A client's record: identity and safe contact, alerts, care team, consent per purpose, and the timeline, which htmx
 * pages through in place ({@code HX-Request}) and which also works as plain links.
 */
@Controller
class ClientRecordController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ClientRecords records;
    private final ClientTimeline timeline;
    private final ClientPointers pointers;
    private final ClientRecordQuery query;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ClientRecordController(
            ClientRecords records,
            ClientTimeline timeline,
            ClientPointers pointers,
            ClientRecordQuery query,
            CurrentUsers currentUsers,
            Clock clock) {
        this.records = records;
        this.timeline = timeline;
        this.pointers = pointers;
        this.query = query;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/clients/{id}")
    String record(@PathVariable UUID id, Model model) {
        Optional<UUID> survivor = pointers.mergedInto(id);
        if (survivor.isPresent()) {
            return "redirect:/clients/" + survivor.get();
        }
        ClientRecord record = records.open(id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("record", record);
        model.addAttribute("client", record.identity());
        model.addAttribute("today", today);
        model.addAttribute("age", record.identity().ageOn(today));
        model.addAttribute(
                "breakGlassUntil",
                record.access().breakGlassUntil() == null
                        ? null
                        : TIME.format(record.access().breakGlassUntil().atZone(clock.getZone())));
        model.addAttribute(
                "breakGlassSecondsLeft",
                record.access().breakGlassUntil() == null
                        ? null
                        : java.time.Duration.between(
                                        clock.instant(), record.access().breakGlassUntil())
                                .toSeconds());
        model.addAttribute("consentRows", consentRows(record));
        CurrentUser user = currentUsers.require();
        model.addAttribute("mayEdit", user.has(Privilege.CLIENT_RECORD_EDIT));
        // break-glass lets a person read the record, never change who may read it (CareTeam.requireWithoutBreakGlass)
        model.addAttribute(
                "mayChangeCareTeam",
                user.has(Privilege.CLIENT_RECORD_EDIT) && !record.access().byBreakGlass());
        model.addAttribute("mayMerge", user.has(Privilege.CLIENT_MERGE));
        model.addAttribute("maySubjectAccess", user.has(Privilege.CLIENT_SUBJECT_ACCESS));
        timelineModel(id, record.timeline(), model);
        return "client/record";
    }

    @GetMapping("/clients/{id}/timeline")
    String timeline(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        ClientTimeline.TimelinePage entries = timeline.page(id, ResultPage.indexOf(page), ClientRecords.TIMELINE_PAGE);
        if (htmx == null) {
            // the page view was checked and written to the audit trail with the timeline; the heading needs no more
            model.addAttribute("client", query.identity(id).orElseThrow(() -> new NotFound("Client", id)));
        }
        timelineModel(id, entries, model);
        return htmx != null ? "client/timeline :: panel" : "client/timeline";
    }

    private void timelineModel(UUID id, ClientTimeline.TimelinePage entries, Model model) {
        model.addAttribute("clientId", id);
        model.addAttribute("timeline", entries);
        model.addAttribute("results", entries.entries());
        model.addAttribute("links", new ClientSearchController.PageLinks("/clients/" + id + "/timeline?page="));
    }

    /** Every purpose with the decision in force for it, or none when nothing is recorded. */
    private static List<ConsentRow> consentRows(ClientRecord record) {
        List<ConsentRow> rows = new ArrayList<>();
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            rows.add(new ConsentRow(
                    purpose,
                    record.consentsInForce().stream()
                            .filter(entry -> entry.purpose() == purpose)
                            .findFirst()
                            .orElse(null)));
        }
        return rows;
    }

    /** One purpose and the decision in force for it. */
    record ConsentRow(ConsentPurpose purpose, @Nullable ConsentEntry inForce) {}
}
