package org.onedoor.treatment.prescribing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.onedoor.client.AccessDecision;
import org.onedoor.treatment.recording.ClinicalChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Reads an episode's prescribing courses for people allowed to see its client; every read is audited. */
@Service
public class PrescribingRecords {

    private final JdbcClient jdbc;
    private final PrescribingStore store;
    private final ClinicalChanges changes;
    private final Clock clock;

    PrescribingRecords(JdbcClient jdbc, PrescribingStore store, ClinicalChanges changes, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.changes = changes;
        this.clock = clock;
    }

    /** The episode's courses, newest first. */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW')")
    public EpisodePrescribing forEpisode(UUID episodeId) {
        PrescribingStore.EpisodeFacts episode = store.episode(episodeId);
        AccessDecision decision = changes.require(episode.clientId());
        LocalDate today = LocalDate.now(clock);
        List<CourseView> courses = jdbc.sql("""
                select c.id, c.medicine, m.label, c.medicine_other, c.dose_mg, c.instalment, c.supervised,
                       c.supervised_days, coalesce(po.name, c.pharmacy_name), c.pharmacy_code, c.prescriber_kind,
                       o.name, c.prescriber_name, c.started_on, c.next_review_on, c.stopped_on, c.stop_reason,
                       t.label
                  from treatment_prescribing_course c
                  join treatment_ost_medicine m on m.code = c.medicine
                  left join report_organisation o on o.organisation_id = c.prescriber_organisation
                  left join report_organisation po on po.organisation_id = c.pharmacy_organisation
                  left join treatment_intervention i on i.id = c.intervention_id
                  left join treatment_intervention_type t on t.code = i.intervention_type
                 where c.episode_id = ? and c.voided_at is null
                 order by c.started_on desc, c.created_at desc
                """)
                .param(episodeId)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    LocalDate nextReview = rs.getObject(15, LocalDate.class);
                    LocalDate stopped = rs.getObject(16, LocalDate.class);
                    String pharmacy = rs.getString(9) == null
                            ? "Not recorded"
                            : rs.getString(9) + (rs.getString(10) == null ? "" : " (" + rs.getString(10) + ")");
                    return new CourseView(
                            id,
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getBigDecimal(5),
                            Instalment.valueOf(rs.getString(6)),
                            rs.getBoolean(7),
                            (Integer) rs.getObject(8),
                            pharmacy,
                            PrescriberKind.valueOf(rs.getString(11)),
                            rs.getString(12) == null ? "Unknown organisation" : rs.getString(12),
                            rs.getString(13),
                            rs.getObject(14, LocalDate.class),
                            nextReview,
                            stopped,
                            rs.getString(17),
                            rs.getString(18),
                            changes(id),
                            reviews(id),
                            stopped == null && nextReview != null && !nextReview.isAfter(today));
                })
                .list();
        changes.viewed(episode.clientId(), decision, "Prescribing record of an episode");
        return new EpisodePrescribing(episodeId, episode.clientId(), episode.open(), courses);
    }

    private List<CourseView.Change> changes(UUID courseId) {
        return jdbc.sql("""
                select kind, changed_on, dose_mg, instalment, supervised, supervised_days, reason, created_by
                  from treatment_prescribing_change where course_id = ? order by changed_on, seq
                """)
                .param(courseId)
                .query((rs, n) -> new CourseView.Change(
                        rs.getString(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getBigDecimal(3),
                        rs.getString(4) == null ? null : Instalment.valueOf(rs.getString(4)),
                        (Boolean) rs.getObject(5),
                        (Integer) rs.getObject(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    private List<CourseView.Review> reviews(UUID courseId) {
        return jdbc.sql("""
                select reviewed_on, reviewer, outcome, next_review_on from treatment_prescribing_review
                 where course_id = ? order by reviewed_on, created_at
                """)
                .param(courseId)
                .query((rs, n) -> new CourseView.Review(
                        rs.getObject(1, LocalDate.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** The episode of a course, for links (no client data). */
    public UUID episodeOf(UUID courseId) {
        return store.episodeOf(courseId)
                .orElseThrow(() -> new org.onedoor.shared.NotFound("Prescribing course", courseId));
    }

    /** An episode's courses. */
    public record EpisodePrescribing(UUID episodeId, UUID clientId, boolean episodeOpen, List<CourseView> courses) {

        public List<CourseView> active() {
            return courses.stream().filter(CourseView::active).toList();
        }
    }
}
