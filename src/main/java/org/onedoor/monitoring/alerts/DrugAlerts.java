package org.onedoor.monitoring.alerts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.ResultPage;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drug alerts to the partnership's staff: a clinical lead issues one from a report, every member of staff sees it on
 * their home page until they acknowledge it, and the clinical lead sees who has and may withdraw it with a reason.
 */
@Service
public class DrugAlerts {

    static final int MAX_REASON = 500;

    /** What came of an acknowledgement: a second one changes nothing and says so. */
    enum Acknowledged {
        NOW,
        ALREADY,
        WITHDRAWN
    }

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final DrugEffectReports reports;
    private final AlertTrail trail;
    private final Clock clock;

    DrugAlerts(JdbcClient jdbc, CurrentUsers currentUsers, DrugEffectReports reports, AlertTrail trail, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.reports = reports;
        this.trail = trail;
        this.clock = clock;
    }

    /** Issues an alert from a new report, which is then reviewed; returns the alert's id. */
    @PreAuthorize("hasAuthority('DRUG_ALERT_ISSUE')")
    @Transactional
    public UUID issue(UUID reportId, NewDrugAlert alert) {
        FieldProblems.Collector problems = NewDrugAlert.PROBLEMS.collector();
        alert.check(problems);
        problems.throwIfAny();
        CurrentUser user = currentUsers.require();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into monitoring_drug_alert (id, report_id, title, body, severity, issued_at, issued_by,
                       issued_by_name)
                values (:id, :report, :title, :body, :severity, :now, :by, :name)
                """)
                .param("id", id)
                .param("report", reportId)
                .param("title", alert.title())
                .param("body", alert.body())
                .param("severity", alert.severity().name())
                .param("now", DbTime.now(clock))
                .param("by", user.username())
                .param("name", user.displayName())
                .update();
        reports.settle(reportId, "ALERTED", null, id);
        trail.record(AccessAction.CREATE, AlertTrail.ALERT, id, null, "Drug alert issued: " + alert.title());
        return id;
    }

    /** The alerts in force that the signed-in person has not acknowledged, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<DrugAlert> outstanding() {
        return jdbc.sql(DrugAlert.SELECT + """
                 where a.withdrawn_at is null
                   and not exists (select 1 from monitoring_drug_alert_ack k
                                    where k.alert_id = a.id and k.user_id = :user)
                 order by a.issued_at desc, a.id
                """)
                .param("user", currentUsers.require().userId())
                .query(DrugAlert::read)
                .list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Acknowledged acknowledge(UUID alertId) {
        DrugAlert alert = find(alertId).orElseThrow(() -> new NotFound("Drug alert", alertId));
        if (alert.withdrawn()) {
            return Acknowledged.WITHDRAWN;
        }
        CurrentUser user = currentUsers.require();
        int added;
        try {
            added = jdbc.sql("""
                    insert into monitoring_drug_alert_ack (alert_id, user_id, user_name, acknowledged_at)
                    select :alert, :user, :name, :now from monitoring_drug_alert
                     where id = :alert and not exists (select 1 from monitoring_drug_alert_ack k
                                                        where k.alert_id = :alert and k.user_id = :user)
                    """)
                    .param("alert", alertId)
                    .param("user", user.userId())
                    .param("name", user.displayName())
                    .param("now", DbTime.now(clock))
                    .update();
        } catch (DuplicateKeyException raced) {
            added = 0;
        }
        if (added == 0) {
            return Acknowledged.ALREADY;
        }
        trail.record(AccessAction.CHANGE, AlertTrail.ALERT, alertId, null, "Drug alert acknowledged");
        return Acknowledged.NOW;
    }

    @PreAuthorize("hasAuthority('DRUG_ALERT_ISSUE')")
    @Transactional
    public void withdraw(UUID alertId, @Nullable String reason) {
        find(alertId).orElseThrow(() -> new NotFound("Drug alert", alertId));
        FieldProblems.Collector problems = NewDrugAlert.PROBLEMS.collector();
        problems.required("reason", reason, MAX_REASON, Messages.text("monitoring.reason.required"));
        problems.throwIfAny();
        int changed = jdbc.sql("""
                update monitoring_drug_alert
                   set withdrawn_at = :now, withdrawn_by = :by, withdrawal_reason = :reason
                 where id = :id and withdrawn_at is null
                """)
                .param("now", DbTime.now(clock))
                .param("by", currentUsers.require().displayName())
                .param("reason", reason.strip())
                .param("id", alertId)
                .update();
        if (changed == 0) {
            throw new DomainRuleViolation(
                    "ALERT_ALREADY_WITHDRAWN", null, Messages.text("monitoring.alert.alreadyWithdrawn"));
        }
        trail.record(AccessAction.VOID, AlertTrail.ALERT, alertId, reason.strip(), "Drug alert withdrawn");
    }

    @PreAuthorize("hasAuthority('DRUG_ALERT_ISSUE')")
    public ResultPage<DrugAlert> newestFirst(int page, int size) {
        long total = jdbc.sql("select count(*) from monitoring_drug_alert")
                .query(Long.class)
                .single();
        List<DrugAlert> items = jdbc.sql(
                        DrugAlert.SELECT + " order by a.issued_at desc, a.id limit :size offset :offset")
                .param("size", size)
                .param("offset", ResultPage.offset(page, size))
                .query(DrugAlert::read)
                .list();
        return new ResultPage<>(items, page, size, total);
    }

    @PreAuthorize("hasAuthority('DRUG_ALERT_ISSUE')")
    public DrugAlert alert(UUID id) {
        return find(id).orElseThrow(() -> new NotFound("Drug alert", id));
    }

    /** Who has acknowledged the alert, earliest first. */
    @PreAuthorize("hasAuthority('DRUG_ALERT_ISSUE')")
    public List<Acknowledgement> acknowledgements(UUID alertId) {
        return jdbc.sql("""
                select user_name, acknowledged_at from monitoring_drug_alert_ack
                 where alert_id = :alert order by acknowledged_at, user_name
                """)
                .param("alert", alertId)
                .query((rs, n) -> new Acknowledgement(rs.getString(1), DbTime.instant(rs, 2)))
                .list();
    }

    Optional<DrugAlert> find(UUID id) {
        return jdbc.sql(DrugAlert.SELECT + " where a.id = :id")
                .param("id", id)
                .query(DrugAlert::read)
                .optional();
    }
}
