package org.onedoor.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.ResultPage;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The IG lead's reviews of access to client records: break-glass openings (newest first, with how often the opener
 * viewed the record while it was open), views outside the viewer's caseload, and unusual volumes of views. Each list
 * is one SQL statement (and one to count); the audit trail is read only through its {@code report_access_log} view.
 * Reviewing an opening is {@link BreakGlass#review}. What the IG lead sees here is itself audited.
 */
@Service
@PreAuthorize("hasAuthority('CLIENT_ACCESS_REVIEW')")
public class AccessReviews {

    private static final String OPENINGS = """
            select b.id, b.client_id, c.reference, c.legal_given_name, c.legal_family_name, b.username, b.roles,
                   o.name as organisation_name, b.reason, b.opened_at, b.expires_at, b.reviewed_at, b.reviewed_by,
                   b.review_outcome, b.review_note,
                   (select count(*) from report_access_log l
                     where l.subject_kind = 'CLIENT' and l.subject_id = b.client_id and l.username = b.username
                       and l.action = 'VIEW' and l.recorded_at >= b.opened_at and l.recorded_at <= b.expires_at)
                       as views
              from client_break_glass b
              join client c on c.id = b.client_id
              left join report_organisation o on o.organisation_id = b.organisation_id
            """;

    private final JdbcClient jdbc;
    private final AccessReportQueries reports;
    private final ClientAudit audit;
    private final ClientSettings settings;
    private final Clock clock;

    AccessReviews(
            JdbcClient jdbc, AccessReportQueries reports, ClientAudit audit, ClientSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** Break-glass openings with the given review status, newest first. */
    public ResultPage<BreakGlassOpening> openings(ReviewStatus status, int page, int size) {
        int pageSize = ResultPage.clampSize(size);
        int from = Math.max(0, page);
        long total = jdbc.sql("select count(*) from client_break_glass b where " + status.condition())
                .query(Long.class)
                .single();
        var items = jdbc.sql(OPENINGS + " where " + status.condition() + """
                 order by b.opened_at desc, b.id
                 offset :offset rows fetch next :size rows only
                """)
                .param("offset", ResultPage.offset(from, pageSize))
                .param("size", pageSize)
                .query((rs, n) -> opening(rs))
                .list();
        audit.reviewed("Break-glass openings (" + status.label().toLowerCase() + ")", total);
        return new ResultPage<>(items, from, pageSize, total);
    }

    /** How many openings nobody has reviewed yet (no client details, so not audited). */
    public long awaitingReview() {
        return jdbc.sql("select count(*) from client_break_glass b where " + ReviewStatus.AWAITING_REVIEW.condition())
                .query(Long.class)
                .single();
    }

    /** One opening, for its review page. */
    public BreakGlassOpening opening(UUID id) {
        BreakGlassOpening opening = jdbc.sql(OPENINGS + " where b.id = :id")
                .param("id", id)
                .query((rs, n) -> opening(rs))
                .optional()
                .orElseThrow(() -> new NotFound("Break-glass opening", id));
        audit.did(AccessAction.VIEW, opening.clientId(), "Break-glass review", "Break-glass opening " + id);
        return opening;
    }

    /** Views of clients outside the viewer's caseload in the period, per user and client, latest first. */
    public ResultPage<OutsideCaseloadAccess> outsideCaseload(LocalDate from, LocalDate to, int page, int size) {
        ResultPage<OutsideCaseloadAccess> result =
                reports.outsideCaseload(period(from, to), Math.max(0, page), ResultPage.clampSize(size));
        audit.reviewed("Access outside caseload " + from + " to " + to, result.totalItems());
        return result;
    }

    /** Users who viewed more distinct clients in one day than the threshold (the setting when none is given). */
    public ResultPage<UnusualVolume> unusualVolumes(
            LocalDate from, LocalDate to, @Nullable Integer threshold, int page, int size) {
        int limit = threshold == null ? settings.unusualViewsPerDay() : threshold;
        if (limit < 1) {
            throw new DomainRuleViolation(
                    "THRESHOLD_TOO_LOW", "threshold", Messages.text("client.threshold.thresholdTooLow"));
        }
        ResultPage<UnusualVolume> result =
                reports.unusualVolumes(period(from, to), limit, Math.max(0, page), ResultPage.clampSize(size));
        audit.reviewed("Unusual volumes over " + limit + " a day " + from + " to " + to, result.totalItems());
        return result;
    }

    /** Distinct clients a user may view in a day before the unusual-volumes report lists them. */
    public int defaultThreshold() {
        return settings.unusualViewsPerDay();
    }

    private ReviewPeriod period(LocalDate from, LocalDate to) {
        return new ReviewPeriod(from, to, clock.getZone());
    }

    private static BreakGlassOpening opening(ResultSet rs) throws SQLException {
        return new BreakGlassOpening(
                rs.getObject("id", UUID.class),
                rs.getObject("client_id", UUID.class),
                rs.getString("reference"),
                rs.getString("legal_given_name") + " " + rs.getString("legal_family_name"),
                rs.getString("username"),
                rs.getString("roles"),
                rs.getString("organisation_name"),
                rs.getString("reason"),
                DbTime.instant(rs, "opened_at"),
                DbTime.instant(rs, "expires_at"),
                rs.getLong("views"),
                DbTime.instantOrNull(rs, "reviewed_at"),
                rs.getString("reviewed_by"),
                rs.getString("review_outcome"),
                rs.getString("review_note"));
    }
}
