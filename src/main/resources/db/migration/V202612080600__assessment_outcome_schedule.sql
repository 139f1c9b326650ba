-- Outcome scheduling (issue 16 item 2). Treatment now tells assessment each episode's substance group ('ALCOHOL' for
-- an alcohol-only episode, whose outcome record is the AOR; 'DRUG' otherwise, the TOP). Null: never told, read as DRUG.
alter table assessment_episode add column substance_group varchar(20);

-- The schedule's settings, one row, written at start-up from onedoor.assessment.* (AssessmentSettings) so that the
-- report_outcome_due view below applies the configured window and tolerance. These defaults match the properties'.
create table assessment_schedule_setting (
    id                     integer not null,
    start_window_days      integer not null,
    review_months          integer not null,
    review_tolerance_days  integer not null,
    mood_review_from       integer not null,
    constraint pk_assessment_schedule_setting primary key (id),
    constraint ck_assessment_schedule_setting_one check (id = 1)
);
insert into assessment_schedule_setting (id, start_window_days, review_months, review_tolerance_days,
    mood_review_from) values (1, 28, 6, 42, 5);

-- What outcome records are due for each episode treatment told assessment about, one row per record due, for the
-- caseloads and the discharge warning (treatment reads it; no other module reads the outcome tables):
--   START  TOP (or AOR for an alcohol-only episode), PHQ-9 and GAD-7 with no final start record: due from the
--          care-plan start, by the care-plan start plus the start window (default 28 days);
--   REVIEW the TOP/AOR, and PHQ-9/GAD-7 whose start total was mild or worse (5 or more by default), every 6 months
--          after the latest start or review record, due from 6 weeks before to 6 weeks after (the tolerance);
--   EXIT   the TOP/AOR of a discharged episode that had a care plan but has no exit record: due on the discharge day.
-- A record counts for an episode when it names the episode, or names none and was done for the client on or after
-- the care-plan start less the start window (and not after the discharge). due_from is when it appears as due,
-- due_on the target date and due_by the last day before it is overdue.
-- This replaces the three-monthly rule over treatment_outcome_review: that table is kept (clinical data is never
-- deleted) and still shown in the subject-access export, but nothing reads it for what is due any more.
create view report_outcome_due as
select m.episode_id, m.client_id, m.instrument, 'START' as stage, m.care_plan_started_on as due_from,
       cast(m.care_plan_started_on + s.start_window_days * interval '1' day as date) as due_on,
       cast(m.care_plan_started_on + s.start_window_days * interval '1' day as date) as due_by
  from (select e.id as episode_id, e.client_id, e.care_plan_started_on, e.closed_on, i.instrument,
               (select min(r.done_on) from assessment_outcome_record r
                 where r.client_id = e.client_id and r.instrument = i.instrument and r.status = 'FINAL'
                   and r.stage = 'START'
                   and (r.episode_id = e.id or (r.episode_id is null
                        and r.done_on >= cast(e.care_plan_started_on - w.start_window_days * interval '1' day as date)
                        and (e.closed_on is null or r.done_on <= e.closed_on)))) as start_on
          from assessment_episode e
          cross join assessment_schedule_setting w
          join (select 'top' as instrument, 'DRUG' as grp from assessment_schedule_setting
                union all select 'aor', 'ALCOHOL' from assessment_schedule_setting
                union all select 'phq9', null from assessment_schedule_setting
                union all select 'gad7', null from assessment_schedule_setting) i
            on i.grp is null or i.grp = coalesce(e.substance_group, 'DRUG')
         where e.care_plan_started_on is not null and e.closed_on is null) m
  cross join assessment_schedule_setting s
 where m.start_on is null
union all
select m.episode_id, m.client_id, m.instrument, 'REVIEW',
       cast(m.last_on + s.review_months * interval '1' month - s.review_tolerance_days * interval '1' day as date),
       cast(m.last_on + s.review_months * interval '1' month as date),
       cast(m.last_on + s.review_months * interval '1' month + s.review_tolerance_days * interval '1' day as date)
  from (select e.id as episode_id, e.client_id, i.instrument,
               (select max(r.done_on) from assessment_outcome_record r
                 where r.client_id = e.client_id and r.instrument = i.instrument and r.status = 'FINAL'
                   and r.stage in ('START', 'REVIEW')
                   and (r.episode_id = e.id or (r.episode_id is null
                        and r.done_on >= cast(e.care_plan_started_on - w.start_window_days * interval '1' day as date)))
               ) as last_on,
               (select min(c.score_value) from assessment_outcome_record r
                  join assessment_outcome_score c on c.record_id = r.id and c.score = 'total'
                 where r.client_id = e.client_id and r.instrument = i.instrument and r.status = 'FINAL'
                   and r.stage = 'START'
                   and (r.episode_id = e.id or (r.episode_id is null
                        and r.done_on >= cast(e.care_plan_started_on - w.start_window_days * interval '1' day as date)))
               ) as start_score,
               i.mood
          from assessment_episode e
          cross join assessment_schedule_setting w
          join (select 'top' as instrument, 'DRUG' as grp, 0 as mood from assessment_schedule_setting
                union all select 'aor', 'ALCOHOL', 0 from assessment_schedule_setting
                union all select 'phq9', null, 1 from assessment_schedule_setting
                union all select 'gad7', null, 1 from assessment_schedule_setting) i
            on i.grp is null or i.grp = coalesce(e.substance_group, 'DRUG')
         where e.care_plan_started_on is not null and e.closed_on is null) m
  cross join assessment_schedule_setting s
 where m.last_on is not null and (m.mood = 0 or m.start_score >= s.mood_review_from)
union all
select e.id, e.client_id, case when e.substance_group = 'ALCOHOL' then 'aor' else 'top' end, 'EXIT',
       e.closed_on, e.closed_on, e.closed_on
  from assessment_episode e
  cross join assessment_schedule_setting w
 where e.care_plan_started_on is not null and e.closed_on is not null
   and not exists (select 1 from assessment_outcome_record r
                    where r.client_id = e.client_id
                      and r.instrument = case when e.substance_group = 'ALCOHOL' then 'aor' else 'top' end
                      and r.status = 'FINAL' and r.stage = 'EXIT'
                      and (r.episode_id = e.id or (r.episode_id is null
                           and r.done_on >= cast(e.care_plan_started_on - w.start_window_days * interval '1' day as date)
                           and r.done_on <= e.closed_on)));
