-- Contacts with clients for the modules that count them (contract's ATTENDED_CONTACT rule, issue 7 item 2): one row
-- per appointment (booked, attended, did not attend or cancelled; voided ones left out) and one per line of a group
-- session's register, dated by the day it started. Appointments name their episode; a group register names only the
-- client and the programme's provider. The client key is the client's id, as in report_episode.
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
  join treatment_group_programme p on p.id = s.programme_id;
