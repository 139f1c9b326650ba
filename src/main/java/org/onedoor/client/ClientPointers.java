package org.onedoor.client;

import java.util.Optional;
import java.util.UUID;
import org.onedoor.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the screens need to know about a record before (or without) opening it: its reference for a message, and
 * the record it was merged into. Neither reveals anything about the client, so neither is audited.
 */
@Component
public class ClientPointers {

    private final JdbcClient jdbc;

    ClientPointers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String reference(UUID clientId) {
        return jdbc.sql("select reference from client where id = ?")
                .param(clientId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFound("Client", clientId));
    }

    /** The surviving record when this one was merged into another. */
    public Optional<UUID> mergedInto(UUID clientId) {
        return jdbc.sql("select merged_into from client where id = ? and merged_into is not null")
                .param(clientId)
                .query(UUID.class)
                .optional();
    }
}
