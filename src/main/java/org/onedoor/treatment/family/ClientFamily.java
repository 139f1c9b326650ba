package org.onedoor.treatment.family;

import java.util.List;
import java.util.UUID;

/** A client's concerned others and whether the client consents to involving family or carers. */
public record ClientFamily(UUID clientId, boolean clientConsents, List<ConcernedOther> others) {}
