-- Issue 18 item 4 (emerging trends): the substances a final TOP says were used in its 28 days, one row per substance,
-- for monitoring's monthly counts. A TOP section maps to the problem-substance code list where it means one substance
-- (crack, cocaine powder, amphetamines, cannabis, alcohol); illicit opiates have a code of their own here, as the TOP
-- item covers street heroin and non-prescribed opioids together. The "other problem substance" is the name as typed
-- (other_name), so a substance on no code list can still show up as new to the area. Drafts and voids never appear.
create view report_top_substance as
select r.id as record_id, r.client_id as client_key, r.organisation_id, r.done_on,
       case s.score when 'alcohol_days' then 'ALCOHOL'
                    when 'opiates_days' then 'OPIATES_ILLICIT'
                    when 'crack_days' then 'CRACK'
                    when 'cocaine_days' then 'COCAINE'
                    when 'amphetamines_days' then 'AMPHETAMINES'
                    when 'cannabis_days' then 'CANNABIS' end as substance_code,
       cast(null as varchar(100)) as other_name
  from assessment_outcome_record r
  join assessment_outcome_score s on s.record_id = r.id
 where r.status = 'FINAL' and r.instrument = 'top' and s.score_value > 0
   and s.score in ('alcohol_days', 'opiates_days', 'crack_days', 'cocaine_days', 'amphetamines_days', 'cannabis_days')
union all
select r.id, r.client_id, r.organisation_id, r.done_on, cast(null as varchar(40)),
       cast(trim(a.answer) as varchar(100))
  from assessment_outcome_record r
  join assessment_outcome_answer a on a.record_id = r.id and a.item = 'other_substance_name'
 where r.status = 'FINAL' and r.instrument = 'top' and trim(a.answer) <> '';
