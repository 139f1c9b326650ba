package org.onedoor.treatment.harmreduction;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.onedoor.assessment.OutcomeEpisodes;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells assessment the blood-borne-virus tests harm reduction records (told downwards, architecture 2.5), so that
 * {@code report_outcome} serves the hepatitis C measure without assessment reading treatment's tables. Only tests that
 * were done are told (an offer, an acceptance or a refusal is not a test; vaccinations are not tests), each with the
 * episode that was open at the provider on the day, when there is one, and told again as voided when it is voided. Called in the recording transaction, and once
 * per import batch with one query and two batched statements per thousand tests.
 */
@Component
class BbvTelling {

    /** Ids per query, well below the drivers' limit on parameters. */
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final OutcomeEpisodes outcomes;

    BbvTelling(JdbcClient jdbc, OutcomeEpisodes outcomes) {
        this.jdbc = jdbc;
        this.outcomes = outcomes;
    }

    void tell(List<UUID> entryIds) {
        for (int from = 0; from < entryIds.size(); from += CHUNK) {
            tellChunk(entryIds.subList(from, Math.min(entryIds.size(), from + CHUNK)));
        }
    }

    private void tellChunk(List<UUID> entryIds) {
        List<OutcomeEpisodes.TestTold> tests = jdbc.sql("""
                select b.id, b.client_id,
                       (select e.id from treatment_episode e
                         where e.client_id = b.client_id and e.voided_at is null and e.triaged_on <= b.recorded_on
                           and (e.discharged_on is null or e.discharged_on >= b.recorded_on)
                         order by e.triaged_on desc, e.created_at desc fetch first 1 rows only)
                       as episode_id,
                       b.provider_id, b.virus, b.recorded_on, b.voided_at
                  from treatment_bbv_entry b
                 where b.id in (:ids) and b.kind = 'TEST' and b.status = 'DONE'
                """)
                .param("ids", entryIds)
                .query((rs, n) -> new OutcomeEpisodes.TestTold(
                        rs.getObject(1, UUID.class),
                        new ClientId(rs.getObject(2, UUID.class)),
                        rs.getObject(3, UUID.class),
                        new OrganisationId(rs.getObject(4, UUID.class)),
                        virus(rs.getString(5)),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7) != null))
                .list();
        outcomes.testedForBloodBorneViruses(tests);
    }

    private static String virus(String code) {
        return switch (code) {
            case "HEP_C" -> "HEPATITIS_C";
            case "HEP_B" -> "HEPATITIS_B";
            default -> "HIV";
        };
    }
}
