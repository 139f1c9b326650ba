package org.onedoor.treatment.appointments;

/**
 * What is due on an open episode, as SQL both caseloads use ("my caseload" per client, team caseloads per worker),
 * so the two never disagree about what is overdue. {@link #FACTS} are columns over {@code treatment_episode e};
 * {@link #MISSED} and {@link #OUTCOME_DUE} are columns over a row {@code x} that holds them.
 */
final class EpisodeDue {

    /** The earliest open goal's review, the last outcome review, the last attended and unrecorded appointments. */
    static final String FACTS = """
            (select min(g.next_review_due) from treatment_care_plan_goal g
              where g.episode_id = e.id and g.voided_at is null
                and g.status in ('NOT_STARTED', 'IN_PROGRESS')) as review_due,
            (select max(o.reviewed_on) from treatment_outcome_review o
              where o.episode_id = e.id and o.voided_at is null) as last_outcome_review,
            (select max(a.starts_at) from treatment_appointment a
              where a.episode_id = e.id and a.status = 'ATTENDED' and a.voided_at is null) as last_attended,
            (select count(*) from treatment_appointment a
              where a.episode_id = e.id and a.status = 'BOOKED' and a.voided_at is null
                and a.starts_at < :now) as to_record""";

    /** Appointments missed since the last one attended. */
    static final String MISSED = """
            (select count(*) from treatment_appointment d
              where d.episode_id = x.episode_id and d.status = 'DID_NOT_ATTEND' and d.voided_at is null
                and (x.last_attended is null or d.starts_at > x.last_attended)) as missed""";

    /** An outcome review is due three months after the last one, or after triage. */
    static final String OUTCOME_DUE =
            "cast(coalesce(x.last_outcome_review, x.triaged_on) + interval '3' month as date) as outcome_due";

    private EpisodeDue() {
    }
}
