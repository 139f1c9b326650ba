package org.onedoor.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Waiting times for monitoring: every referral received in a period, read from the {@code report_referral} view in
 * one query, with the days from receipt to each stop of the clock ({@link WaitingTime}: a referral waits only until
 * it starts treatment or is closed). No names: a referral is its id.
 */
@Service
public class WaitingTimes {

    private final JdbcClient jdbc;
    private final ReferralSettings settings;
    private final Clock clock;

    WaitingTimes(JdbcClient jdbc, ReferralSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('WAITING_TIMES_VIEW')")
    public List<WaitingTime> receivedBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new DomainRuleViolation("PERIOD_REVERSED", "to", Messages.text("referral.to.periodReversed"));
        }
        if (from.plusYears(2).isBefore(to)) {
            throw new DomainRuleViolation("PERIOD_TOO_LONG", "to", Messages.text("referral.to.periodTooLong"));
        }
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        long standard = settings.waitingStandard().toDays();
        return jdbc.sql("""
                select referral_id, status, urgent, received_at, triaged_at, closed_at, first_appointment_offered_on,
                       first_intervention_started_on
                  from report_referral
                 where received_at >= :from and received_at < :to
                 order by received_at, referral_id
                """)
                .param("from", DbTime.startOfDay(from, zone))
                .param("to", DbTime.startOfDay(to.plusDays(1), zone))
                .query((rs, n) -> WaitingTime.of(
                        rs.getObject("referral_id", UUID.class),
                        ReferralStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("urgent"),
                        DbTime.dayOrNull(rs, "received_at", zone),
                        DbTime.dayOrNull(rs, "triaged_at", zone),
                        rs.getObject("first_appointment_offered_on", LocalDate.class),
                        rs.getObject("first_intervention_started_on", LocalDate.class),
                        DbTime.dayOrNull(rs, "closed_at", zone),
                        today,
                        standard))
                .list();
    }
}
