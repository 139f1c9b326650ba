package org.onedoor.assessment;

import java.util.List;
import java.util.UUID;
import org.onedoor.assessment.instrument.Score;

/** What recording an outcome did: the record, its scores (none for a draft) and how many risk alerts it raised. */
public record Recorded(UUID id, List<Score> scores, int riskAlertsRaised) {}
