package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.UUID;

/** An intervention started: the client is in structured treatment from this day. */
public record InterventionStarted(UUID interventionId, UUID episodeId, UUID clientId, String interventionType,
                                  String setting, UUID deliveredBy, LocalDate startedOn) {
}
