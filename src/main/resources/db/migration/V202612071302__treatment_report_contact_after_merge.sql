-- report_contact after a client merge (issue 13 item 11): a group-register line a merge left with the duplicate,
-- because the survivor already had a line for the same session, is the same person's same contact recorded twice,
-- so it is left out. Everything else is as before (V202612025000).
drop view report_contact;
create view report_contact as
select a.id as contact_id, e.client_id as client_key, a.episode_id, e.provider_id,
       cast(a.starts_at as date) as contact_on, cast('APPOINTMENT' as varchar(20)) as contact_type,
       a.kind as contact_kind, a.status
  from treatment_appointment a
  join treatment_episode e on e.id = a.episode_id
 where a.voided_at is null and e.voided_at is null
union all
select g.id, g.client_id, cast(null as uuid), p.provider_id,
       cast(s.starts_at as date), cast('GROUP_SESSION' as varchar(20)),
       cast('GROUP' as varchar(20)), g.status
  from treatment_group_attendance g
  join treatment_group_session s on s.id = g.session_id
  join treatment_group_programme p on p.id = s.programme_id
  join report_client_reference r on r.client_id = g.client_id
 where r.current_client_id = g.client_id
    or not exists (select 1 from treatment_group_attendance kept
                    where kept.session_id = g.session_id and kept.client_id = r.current_client_id);
