package org.onedoor.client.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.onedoor.client.ClientRecords;
import org.onedoor.client.ClientSearch;
import org.onedoor.client.ClientSearchResult;
import org.onedoor.shared.ResultPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shared client record for other systems: search and one record, under the same access policy as the screens
 * (a refusal is a 403 problem detail saying why) and written to the same audit trail.
 */
@RestController
@RequestMapping("/api/v1/clients")
@Tag(name = "Clients", description = "The shared client record, as the access policy allows")
class ClientApiController {

    private final ClientSearch search;
    private final ClientRecords records;

    ClientApiController(ClientSearch search, ClientRecords records) {
        this.search = search;
        this.records = records;
    }

    @GetMapping
    @Operation(
            summary = "Search clients",
            description = "Clients the caller may open that match a name, date of birth (dd/mm/yyyy or ISO), NHS "
                    + "number or reference, by name. For a caller who may break glass and a precise search (NHS "
                    + "number, reference, or full legal name with date of birth), outsideAccess lists the references "
                    + "(never names) of matching records outside the caller's access; otherwise it is empty. Needs "
                    + "CLIENT_RECORD_VIEW or CLIENT_SUBJECT_ACCESS; every search is audited.")
    public ClientApiResponses.ClientList list(
            @Parameter(description = "What to search for, such as 'Sam Smith 27/03/1985' or 9434765919")
                    @RequestParam(defaultValue = "")
                    String q,
            @Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "25") int size) {
        int index = ResultPage.indexOf(page);
        ClientSearchResult result = search.search(q, index, size);
        return new ClientApiResponses.ClientList(
                result.clients().items().stream()
                        .map(ClientApiResponses.ClientListItem::of)
                        .toList(),
                result.clients().totalItems(),
                index + 1,
                result.clients().size(),
                result.tooVague(),
                result.outsideAccess());
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One client's record",
            description = "Identity and safe-contact rules, care team, every consent decision (inForce marks the "
                    + "one in force per purpose), the alerts the caller may see and notices of sealed entries "
                    + "(kind and count, never content). 403 with the reason when the access policy refuses. "
                    + "Audited as a view.")
    public ClientApiResponses.ClientDetail record(@PathVariable UUID id) {
        return ClientApiResponses.ClientDetail.of(records.open(id));
    }
}
