package org.onedoor.client;

import java.util.List;
import org.onedoor.shared.ResultPage;

/**
 * A page of the clients the person may open that match, and, for a search precise enough to name one person, the
 * references of matching records outside their access (no names), so that a clinician can break glass.
 */
public record ClientSearchResult(ResultPage<ClientSummary> clients, List<String> outsideAccess, boolean tooVague) {}
