package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What care plans and appointments need to know of an episode, read in one query. */
@Component
public class EpisodeFacts {

    private final JdbcClient jdbc;

    EpisodeFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Facts of(UUID episodeId) {
        return jdbc.sql("""
                select e.id, e.client_id, e.provider_id, e.status, e.triaged_on, e.care_plan_started_on,
                       e.keyworker_username, e.keyworker_name, r.current_reference
                  from treatment_episode e
                  left join report_client_reference r on r.client_id = e.client_id
                 where e.id = ? and e.voided_at is null
                """)
                .param(episodeId)
                .query((rs, n) -> new Facts(
                        new EpisodeId(rs.getObject(1, UUID.class)),
                        rs.getObject(2, UUID.class),
                        new OrganisationId(rs.getObject(3, UUID.class)),
                        "OPEN".equals(rs.getString(4)),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)))
                .optional()
                .orElseThrow(() -> new NotFound("Episode", episodeId));
    }

    /** An episode's identity, dates and keyworker. */
    public record Facts(
            EpisodeId id,
            UUID clientId,
            OrganisationId providerId,
            boolean open,
            LocalDate triagedOn,
            @Nullable LocalDate carePlanStartedOn,
            @Nullable String keyworkerUsername,
            @Nullable String keyworkerName,
            @Nullable String clientReference) {}
}
