package org.onedoor.monitoring.alerts;

import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff reports of unusual drug effects: any member of staff reports one (linked to a client only through the access
 * policy, or anonymous); a clinical lead lists them newest first, reads one, and closes it or issues an alert from it.
 */
@Service
public class DrugEffectReports {

    static final int MAX_NOTE = 1000;

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final ClientLink clientLink;
    private final AlertTrail trail;
    private final Clock clock;

    DrugEffectReports(
            JdbcClient jdbc, CurrentUsers currentUsers, ClientLink clientLink, AlertTrail trail, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clientLink = clientLink;
        this.trail = trail;
        this.clock = clock;
    }

    /** Saves the report and returns its id, or throws every problem with it at once; nothing is saved then. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public UUID report(NewDrugEffectReport report) {
        CurrentUser user = currentUsers.require();
        FieldProblems.Collector problems = NewDrugEffectReport.PROBLEMS.collector();
        report.check(LocalDate.now(clock), problems);
        @Nullable UUID client = clientLink.resolve(report.clientReference(), problems);
        problems.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into monitoring_drug_effect_report (id, substance, what_happened, place, happened_on, severity,
                       client_id, reporter_id, reporter_name, organisation_id, status, created_at, created_by)
                values (:id, :substance, :what, :place, :on, :severity, :client, :reporter, :name, :organisation,
                        'NEW', :now, :by)
                """)
                .param("id", id)
                .param("substance", report.substance())
                .param("what", report.whatHappened())
                .param("place", report.place())
                .param("on", report.happenedOn())
                .param("severity", report.severity().name())
                .param("client", client)
                .param("reporter", user.userId())
                .param("name", user.displayName())
                .param("organisation", user.organisationId())
                .param("now", DbTime.now(clock))
                .param("by", user.username())
                .update();
        trail.record(
                AccessAction.CREATE,
                AlertTrail.REPORT,
                id,
                null,
                "Drug-effect report: " + report.substance()
                        + (client == null ? " (no client linked)" : " linked to client " + client));
        return id;
    }

    @PreAuthorize("hasAuthority('DRUG_EFFECT_REVIEW')")
    public ResultPage<DrugEffectReport> newestFirst(int page, int size) {
        long total = jdbc.sql("select count(*) from monitoring_drug_effect_report")
                .query(Long.class)
                .single();
        var items = jdbc.sql(DrugEffectReport.SELECT + " order by r.created_at desc, r.id limit :size offset :offset")
                .param("size", size)
                .param("offset", ResultPage.offset(page, size))
                .query(DrugEffectReport::read)
                .list();
        return new ResultPage<>(items, page, size, total);
    }

    /** One report for review; the reading is audited. */
    @PreAuthorize("hasAuthority('DRUG_EFFECT_REVIEW')")
    public DrugEffectReport review(UUID id) {
        DrugEffectReport report = find(id).orElseThrow(() -> new NotFound("Drug-effect report", id));
        trail.record(AccessAction.VIEW, AlertTrail.REPORT, id, null, "Drug-effect report reviewed");
        return report;
    }

    Optional<DrugEffectReport> find(UUID id) {
        return jdbc.sql(DrugEffectReport.SELECT + " where r.id = :id")
                .param("id", id)
                .query(DrugEffectReport::read)
                .optional();
    }

    /** Closes a new report without an alert, saying why; a report already closed or alerted is refused. */
    @PreAuthorize("hasAuthority('DRUG_EFFECT_REVIEW')")
    @Transactional
    public void close(UUID id, @Nullable String note) {
        FieldProblems.Collector problems = NewDrugEffectReport.PROBLEMS.collector();
        problems.required("reason", note, MAX_NOTE, Messages.text("monitoring.note.required"));
        problems.throwIfAny();
        settle(id, "CLOSED", note.strip(), null);
        trail.record(AccessAction.CHANGE, AlertTrail.REPORT, id, null, "Drug-effect report closed: " + note.strip());
    }

    /** Marks a new report as reviewed (closed, or alerted with the alert's id); refused once it has been. */
    void settle(UUID id, String status, @Nullable String note, @Nullable UUID alertId) {
        find(id).orElseThrow(() -> new NotFound("Drug-effect report", id));
        int changed = jdbc.sql("""
                update monitoring_drug_effect_report
                   set status = :status, review_note = :note, alert_id = :alert, reviewed_by = :by, reviewed_at = :now
                 where id = :id and status = 'NEW'
                """)
                .param("status", status)
                .param("note", note)
                .param("alert", alertId)
                .param("by", currentUsers.actorName())
                .param("now", DbTime.now(clock))
                .param("id", id)
                .update();
        if (changed == 0) {
            throw new DomainRuleViolation(
                    "REPORT_ALREADY_REVIEWED", null, Messages.text("monitoring.report.alreadyReviewed"));
        }
    }
}
