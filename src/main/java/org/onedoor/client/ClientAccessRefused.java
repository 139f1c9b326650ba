package org.onedoor.client;

import java.util.UUID;
import org.onedoor.shared.AccessRefused;

/** A person may not open this client's record; says why and whether break-glass is open to them. */
public class ClientAccessRefused extends AccessRefused {

    private final UUID clientId;
    private final boolean mayBreakGlass;

    ClientAccessRefused(UUID clientId, String reason, boolean mayBreakGlass) {
        super(reason);
        this.clientId = clientId;
        this.mayBreakGlass = mayBreakGlass;
    }

    public UUID clientId() {
        return clientId;
    }

    public boolean mayBreakGlass() {
        return mayBreakGlass;
    }
}
