package org.onedoor.referral;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends who-when-what-why rows for every state change of a referral. */
@Component
class ReferralHistory {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReferralHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(UUID referralId, String action, @Nullable String detail, String by) {
        jdbc.sql("""
                insert into referral_history (id, referral_id, action, detail, changed_at, changed_by)
                values (:id, :referralId, :action, :detail, :at, :by)
                """)
                .param("id", UUID.randomUUID())
                .param("referralId", referralId)
                .param("action", action)
                .param("detail", detail)
                .param("at", DbTime.now(clock))
                .param("by", by)
                .update();
    }

    List<ReferralEvent> of(UUID referralId) {
        return jdbc.sql("""
                select action, detail, changed_at, changed_by from referral_history
                 where referral_id = ? order by changed_at, seq
                """)
                .param(referralId)
                .query((rs, n) ->
                        new ReferralEvent(rs.getString(1), rs.getString(2), DbTime.instant(rs, 3), rs.getString(4)))
                .list();
    }
}
