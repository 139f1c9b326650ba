package org.onedoor.monitoring.waits;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.referral.WaitingTime;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where each referral received in a period went (the service allocated and the client's GP practice), its reference
 * and client, from referral's {@code report_referral} view in one query with the same period as {@link
 * org.onedoor.referral.WaitingTimes}: the grouping beside referral's clocks, not a second clock.
 */
@Component
class ReferralPlaces {

    record Place(
            UUID referralId,
            String reference,
            @Nullable UUID allocatedTo,
            @Nullable UUID practice,
            @Nullable UUID clientId,
            @Nullable WaitingTime waiting) {

        Place with(WaitingTime waiting) {
            return new Place(referralId, reference, allocatedTo, practice, clientId, waiting);
        }
    }

    private final JdbcClient jdbc;
    private final ZoneId zone;

    ReferralPlaces(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    Map<UUID, Place> receivedBetween(LocalDate from, LocalDate to) {
        Map<UUID, Place> places = new LinkedHashMap<>();
        jdbc.sql("""
                select referral_id, reference, allocated_to, gp_practice_id, client_id
                  from report_referral
                 where received_at >= :from and received_at < :to
                """)
                .param("from", DbTime.startOfDay(from, zone))
                .param("to", DbTime.startOfDay(to.plusDays(1), zone))
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    places.put(
                            id,
                            new Place(
                                    id,
                                    rs.getString(2),
                                    rs.getObject(3, UUID.class),
                                    rs.getObject(4, UUID.class),
                                    rs.getObject(5, UUID.class),
                                    null));
                });
        return places;
    }
}
