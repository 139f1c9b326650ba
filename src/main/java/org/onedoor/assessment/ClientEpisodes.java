package org.onedoor.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DisplayDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The client's treatment episodes as treatment has told them ({@link OutcomeEpisodes}), for an outcome form to
 * offer by name instead of asking for a reference: open ones first, then the most recently closed.
 */
@Service
public class ClientEpisodes {

    private final JdbcClient jdbc;

    ClientEpisodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One episode as a form offers it. */
    public record KnownEpisode(
            UUID id,
            @Nullable LocalDate carePlanStartedOn,
            String substanceGroup,
            @Nullable LocalDate closedOn) {

        public boolean open() {
            return closedOn == null;
        }

        public String label() {
            String kind = OutcomeEpisodes.ALCOHOL.equals(substanceGroup) ? "Alcohol episode" : "Drug episode";
            String plan = carePlanStartedOn == null ? "" : ", care plan from " + DisplayDate.of(carePlanStartedOn);
            return kind + plan + (closedOn == null ? " (open)" : ", closed " + DisplayDate.of(closedOn));
        }
    }

    public List<KnownEpisode> of(UUID clientId) {
        return jdbc.sql("""
                        select id, care_plan_started_on, substance_group, closed_on
                          from assessment_episode
                         where client_id = ?
                         order by case when closed_on is null then 0 else 1 end, closed_on desc,
                                  care_plan_started_on desc, id
                        """)
                .param(clientId)
                .query((rs, n) -> new KnownEpisode(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }
}
