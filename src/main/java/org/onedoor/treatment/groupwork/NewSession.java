package org.onedoor.treatment.groupwork;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One session of a programme. The facilitator is a staff member from the directory or, when none is given, the
 * person recording it. {@code history} allows a start in the past (recording sessions that already happened).
 */
public record NewSession(
        @Nullable LocalDateTime startsAt,
        @Nullable Integer durationMinutes,
        @Nullable Integer capacity,
        @Nullable UUID venueId,
        @Nullable UUID facilitatorStaffId,
        boolean history) {}
