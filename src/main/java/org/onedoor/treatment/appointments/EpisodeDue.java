package org.onedoor.treatment.appointments;

/**
 * What is due on an open episode, as SQL both caseloads use ("my caseload" per client, team caseloads per worker),
 * so the two never disagree about what is overdue. {@link #FACTS} are columns over {@code treatment_episode e};
 * {@link #MISSED} is a column over a row {@code x} that holds them. Outcome records due come from assessment's
 * {@code report_outcome_due} view (start TOP/AOR, PHQ-9 and GAD-7 within a window of the care-plan start, reviews
 * every six months within a tolerance): this replaced the three-monthly rule over {@code treatment_outcome_review},
 * a table kept for its history but no longer read for what is due.
 */
final class EpisodeDue {

    /**
     * The earliest open goal's review, the last day of the earliest outcome record due by {@code :today} (overdue
     * when before it), the last attended and unrecorded appointments.
     */
    static final String FACTS = """
            (select min(g.next_review_due) from treatment_care_plan_goal g
              where g.episode_id = e.id and g.voided_at is null
                and g.status in ('NOT_STARTED', 'IN_PROGRESS')) as review_due,
            (select min(d.due_by) from report_outcome_due d
              where d.episode_id = e.id and d.due_from <= :today) as outcome_due,
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

    private EpisodeDue() {}
}
