package org.onedoor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What treatment tells about an episode replaces what it told before, but a fact it was not told about this time
 * (the provider and reporting group, when told with the shorter forms) is kept, not cleared.
 */
@IntegrationTest
class OutcomeEpisodesIntegrationTest {

    @Autowired
    OutcomeEpisodes episodes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void tellingFewerFactsKeepsTheCohortFactsToldBefore() {
        UUID client = UUID.randomUUID();
        UUID episode = UUID.randomUUID();
        UUID provider = UUID.randomUUID();
        LocalDate carePlan = LocalDate.of(2026, 3, 2);
        episodes.tellAll(List.of(new OutcomeEpisodes.Told(
                episode,
                new ClientId(client),
                carePlan,
                OutcomeEpisodes.DRUG,
                1,
                null,
                new OrganisationId(provider),
                ReportingSubstanceGroup.OPIATE)));

        episodes.tell(episode, client, carePlan, 2, null);
        assertThat(row(episode))
                .containsEntry("open_interventions", 2)
                .containsEntry("provider_id", provider)
                .containsEntry("reporting_substance_group", "OPIATE");

        episodes.tellAll(List.of(new OutcomeEpisodes.Told(
                episode, new ClientId(client), carePlan, OutcomeEpisodes.DRUG, 0, carePlan.plusDays(90))));
        assertThat(row(episode))
                .containsEntry("open_interventions", 0)
                .containsEntry("closed_on", carePlan.plusDays(90))
                .containsEntry("provider_id", provider)
                .containsEntry("reporting_substance_group", "OPIATE");
    }

    @Test
    void newFactsToldReplaceTheOldOnes() {
        UUID client = UUID.randomUUID();
        UUID episode = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        LocalDate carePlan = LocalDate.of(2026, 3, 2);
        for (var told : List.of(
                new OutcomeEpisodes.Told(
                        episode,
                        new ClientId(client),
                        carePlan,
                        OutcomeEpisodes.DRUG,
                        1,
                        null,
                        new OrganisationId(first),
                        ReportingSubstanceGroup.OPIATE),
                new OutcomeEpisodes.Told(
                        episode,
                        new ClientId(client),
                        carePlan,
                        OutcomeEpisodes.ALCOHOL,
                        1,
                        null,
                        new OrganisationId(second),
                        ReportingSubstanceGroup.ALCOHOL_ONLY))) {
            episodes.tellAll(List.of(told));
        }
        assertThat(row(episode))
                .containsEntry("substance_group", OutcomeEpisodes.ALCOHOL)
                .containsEntry("provider_id", second)
                .containsEntry("reporting_substance_group", "ALCOHOL_ONLY");
    }

    private Map<String, Object> row(UUID episode) {
        return jdbc.sql("""
                select open_interventions, closed_on, substance_group, provider_id, reporting_substance_group
                  from assessment_episode where id = :id
                """)
                .param("id", episode)
                .query((rs, n) -> {
                    Map<String, Object> row = new java.util.HashMap<>();
                    row.put("open_interventions", rs.getInt("open_interventions"));
                    row.put("closed_on", rs.getObject("closed_on", LocalDate.class));
                    row.put("substance_group", rs.getString("substance_group"));
                    row.put("provider_id", rs.getObject("provider_id", UUID.class));
                    row.put("reporting_substance_group", rs.getString("reporting_substance_group"));
                    return row;
                })
                .single();
    }
}
