-- report_outcome_due again, the same rules planned better: its first form cross-joined the one-row settings table
-- and built the instrument list from it, and PostgreSQL, which never gathers statistics on a one-row table, guessed
-- 1,700 rows for each, costed a caseload's lookup in the billions and compiled it with JIT (1.6 s for one episode).
-- Now the instrument list is a VALUES list and the settings row is read by its key, both planned as what they are.
drop view report_outcome_due;
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
          cross join (select * from assessment_schedule_setting where id = 1) w
          join (values ('top', 'DRUG'), ('aor', 'ALCOHOL'), ('phq9', null), ('gad7', null)) as i (instrument, grp)
            on i.grp is null or i.grp = coalesce(e.substance_group, 'DRUG')
         where e.care_plan_started_on is not null and e.closed_on is null) m
  cross join (select * from assessment_schedule_setting where id = 1) s
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
          cross join (select * from assessment_schedule_setting where id = 1) w
          join (values ('top', 'DRUG', 0), ('aor', 'ALCOHOL', 0), ('phq9', null, 1), ('gad7', null, 1))
               as i (instrument, grp, mood)
            on i.grp is null or i.grp = coalesce(e.substance_group, 'DRUG')
         where e.care_plan_started_on is not null and e.closed_on is null) m
  cross join (select * from assessment_schedule_setting where id = 1) s
 where m.last_on is not null and (m.mood = 0 or m.start_score >= s.mood_review_from)
union all
select e.id, e.client_id, case when e.substance_group = 'ALCOHOL' then 'aor' else 'top' end, 'EXIT',
       e.closed_on, e.closed_on, e.closed_on
  from assessment_episode e
  cross join (select * from assessment_schedule_setting where id = 1) w
 where e.care_plan_started_on is not null and e.closed_on is not null
   and not exists (select 1 from assessment_outcome_record r
                    where r.client_id = e.client_id
                      and r.instrument = case when e.substance_group = 'ALCOHOL' then 'aor' else 'top' end
                      and r.status = 'FINAL' and r.stage = 'EXIT'
                      and (r.episode_id = e.id or (r.episode_id is null
                           and r.done_on >= cast(e.care_plan_started_on - w.start_window_days * interval '1' day as date)
                           and r.done_on <= e.closed_on)));
