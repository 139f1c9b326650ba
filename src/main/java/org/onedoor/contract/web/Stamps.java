package org.onedoor.contract.web;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DisplayDate;
import org.springframework.stereotype.Component;

/** When something was done, as people read it in the partnership's time zone: "2 December 2026 at 01:52". */
@Component("contractStamps")
class Stamps {

    private final Clock clock;

    Stamps(Clock clock) {
        this.clock = clock;
    }

    public String of(@Nullable Instant instant) {
        return instant == null ? "" : DisplayDate.DAY_AND_TIME.format(instant.atZone(clock.getZone()));
    }
}
