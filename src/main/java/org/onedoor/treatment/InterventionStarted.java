package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.UUID;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;

/** An intervention started: the client is in structured treatment from this day. */
public record InterventionStarted(
        UUID interventionId,
        EpisodeId episodeId,
        ClientId clientId,
        String interventionType,
        String setting,
        OrganisationId deliveredBy,
        LocalDate startedOn) {}
