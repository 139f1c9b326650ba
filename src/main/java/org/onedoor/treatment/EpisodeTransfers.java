package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a transfer leads, for the episode screens: the episode that continues one after a transfer, and the provider
 * and day an episode was transferred to. The callers have already opened the episode through {@link EpisodeRecords}
 * or {@link EpisodeManagement}, which check access; this only follows the links.
 */
@Component
public class EpisodeTransfers {

    private final JdbcClient jdbc;

    EpisodeTransfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The episode that continues this one after a transfer, if it has been opened. */
    public @Nullable UUID continuedBy(UUID episodeId) {
        return jdbc.sql("select id from treatment_episode where transferred_from = ? and voided_at is null")
                .param(episodeId)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    /** The provider an episode that was transferred went to. */
    public UUID transferredTo(UUID episodeId) {
        return jdbc.sql("select transferred_to from treatment_episode where id = ?")
                .param(episodeId)
                .query(UUID.class)
                .single();
    }

    /** Where and when an episode was transferred: the receiving provider and the discharge date. */
    public Transfer transfer(UUID episodeId) {
        Optional<Transfer> transfer = jdbc.sql("""
                select transferred_to, discharged_on from treatment_episode
                 where id = ? and transferred_to is not null and voided_at is null
                """)
                .param(episodeId)
                .query((rs, n) -> new Transfer(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
                .optional();
        return transfer.orElseThrow(() -> new NotFound("Transferred episode", episodeId));
    }

    /** The receiving provider and the day the episode was discharged to it. */
    public record Transfer(UUID to, LocalDate on) {}
}
