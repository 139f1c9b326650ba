package org.onedoor.monitoring.dashboard;

import java.util.UUID;

/**
 * How one person sees the dashboards: commissioners (and anyone outside the provider side) see the partnership with
 * filters and small numbers suppressed; staff of a provider or a GP practice see only their own organisation's
 * figures, unsuppressed (issue 18, "provider side").
 */
record Viewer(Side side, UUID organisationId, String organisationName) {

    enum Side {
        PARTNERSHIP,
        PROVIDER,
        PRACTICE
    }

    public boolean suppressed() {
        return side == Side.PARTNERSHIP;
    }

    public boolean providerSide() {
        return side != Side.PARTNERSHIP;
    }
}
