package org.onedoor.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onedoor.client.ClientImport;
import org.onedoor.client.ImportedClient;
import org.onedoor.referral.AcceptedReferrals;
import org.onedoor.referral.AcceptedReferrals.AcceptedReferral;
import org.springframework.stereotype.Component;

/**
 * The shared client records of the accepted demo referrals ({@link DemoClients}), written through
 * {@link ClientImport} in chunks, each referral then linked to its client in one batch. Two referrals for the same
 * NHS number share one client.
 */
@Component
class ClientsStep implements DemoStep {

    private static final int CHUNK = 2000;

    private final AcceptedReferrals accepted;
    private final ClientImport imports;
    private final Clock clock;

    ClientsStep(AcceptedReferrals accepted, ClientImport imports, Clock clock) {
        this.accepted = accepted;
        this.imports = imports;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String name() {
        return "Client records";
    }

    @Override
    public long size(DemoSettings settings) {
        return settings.clients() / 3;
    }

    @Override
    public void run(DemoContext context, Progress progress) {
        Map<UUID, String> names = new HashMap<>();
        context.organisations.values().forEach(list -> list.forEach(o -> names.put(o.id(), o.name())));
        DemoClients clients = new DemoClients(context, clock.getZone(), names);
        Map<String, UUID> byNhsNumber = new HashMap<>();
        List<AcceptedReferral> chunk;
        while (!(chunk = accepted.withoutClient(CHUNK)).isEmpty()) {
            List<ImportedClient> made = new ArrayList<>();
            List<AcceptedReferral> first = new ArrayList<>();
            List<AcceptedReferral> again = new ArrayList<>();
            Map<String, AcceptedReferral> inChunk = new LinkedHashMap<>();
            for (AcceptedReferral referral : chunk) {
                String nhsNumber = referral.person().nhsNumber();
                if (nhsNumber != null && (byNhsNumber.containsKey(nhsNumber) || inChunk.containsKey(nhsNumber))) {
                    again.add(referral);
                    continue;
                }
                if (nhsNumber != null) {
                    inChunk.put(nhsNumber, referral);
                }
                first.add(referral);
                made.add(clients.of(referral));
            }
            List<UUID> ids = imports.importClients(made);
            Map<UUID, UUID> links = new LinkedHashMap<>();
            for (int i = 0; i < first.size(); i++) {
                links.put(first.get(i).id(), ids.get(i));
                String nhsNumber = first.get(i).person().nhsNumber();
                if (nhsNumber != null) {
                    byNhsNumber.put(nhsNumber, ids.get(i));
                }
            }
            again.forEach(referral ->
                    links.put(referral.id(), byNhsNumber.get(referral.person().nhsNumber())));
            accepted.link(links);
            progress.advance(chunk.size());
        }
    }
}
