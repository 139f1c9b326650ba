package org.onedoor.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Places taken from practices' monthly capacity by allocated referrals, released when a referral comes back. */
@Component
class CapacityHolds {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    CapacityHolds(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /**
     * Locks the practice's offers for one cell until the transaction ends, so two allocations at the same moment
     * count the places one after the other and cannot take more than the capacity.
     */
    void lockCell(UUID practiceId, String intervention, String substanceGroup) {
        jdbc.sql("""
                select id from practice_offer
                 where practice_id = :practiceId and intervention = :intervention and substance_group = :group
                   and withdrawn_at is null
                 for update
                """)
                .param("practiceId", practiceId)
                .param("intervention", intervention)
                .param("group", substanceGroup)
                .query(UUID.class)
                .list();
    }

    void hold(PracticeOfferAvailability offer, LocalDate month, UUID heldFor) {
        jdbc.sql("""
                insert into practice_capacity_hold (id, practice_id, intervention, substance_group, capacity_month,
                                                    held_for, held_at, held_by)
                values (:id, :practiceId, :intervention, :group, :month, :heldFor, :at, :by)
                """)
                .param("id", UUID.randomUUID())
                .param("practiceId", offer.practiceId())
                .param("intervention", offer.intervention())
                .param("group", offer.substanceGroup())
                .param("month", month)
                .param("heldFor", heldFor)
                .param("at", DbTime.now(clock))
                .param("by", currentUsers.actorName())
                .update();
    }

    void release(UUID heldFor) {
        jdbc.sql("""
                update practice_capacity_hold set released_at = :at, released_by = :by
                 where held_for = :heldFor and released_at is null
                """)
                .param("at", DbTime.now(clock))
                .param("by", currentUsers.actorName())
                .param("heldFor", heldFor)
                .update();
    }
}
