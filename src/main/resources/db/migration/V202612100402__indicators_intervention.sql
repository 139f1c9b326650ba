-- The one relation every indicator reads (docs/indicators.md): one row per intervention of every episode (an
-- episode with none yet has one row with empty intervention dates), from the live record's report views. A person
-- is their attributor, so people match across agencies. Episode facts repeat on each of its rows:
--   discharge_class   SUCCESSFUL, TRANSFER, UNSUCCESSFUL, DIED or NEUTRAL (treatment's discharge reason classes)
--   substance_group   over the episode's substances (up to three): OPIATE if any opiate is cited, otherwise
--                     ALCOHOL_ONLY, NON_OPIATE_AND_ALCOHOL or NON_OPIATE_ONLY (assessment.ReportingSubstanceGroup)
--   ost_at_exit       1 when a prescribing course was still running on the discharge date (started by then and
--                     not stopped on or before it)
create view indicator_intervention as
select 'LIVE' as source,
       a.attributor as person_key,
       a.born_on,
       coalesce(o.ods_code, cast(e.provider_id as varchar(40))) as agency,
       e.provider_id,
       i.delivered_by as practice_id,
       cast(e.episode_id as varchar(80)) as episode_key,
       e.triaged_on,
       i.referred_on,
       i.first_offered_on,
       i.started_on,
       i.ended_on,
       i.exit_status,
       e.discharged_on,
       e.discharge_reason,
       e.outcome_class as discharge_class,
       case when exists (select 1 from report_substance s
                          where s.code in (e.substance_1, e.substance_2, e.substance_3)
                            and s.substance_group = 'OPIATES') then 'OPIATE'
            when not exists (select 1 from report_substance s
                              where s.code in (e.substance_1, e.substance_2, e.substance_3)
                                and s.substance_group <> 'ALCOHOL') then 'ALCOHOL_ONLY'
            when exists (select 1 from report_substance s
                          where s.code in (e.substance_1, e.substance_2, e.substance_3)
                            and s.substance_group = 'ALCOHOL') then 'NON_OPIATE_AND_ALCOHOL'
            else 'NON_OPIATE_ONLY' end as substance_group,
       case when e.discharged_on is not null and exists (
                    select 1 from report_prescribing_course p
                     where p.episode_id = e.episode_id and p.started_on <= e.discharged_on
                       and (p.stopped_on is null or p.stopped_on > e.discharged_on)) then 1 else 0 end as ost_at_exit
  from report_episode e
  join report_client_attributor a on a.client_key = e.client_key
  left join report_organisation o on o.organisation_id = e.provider_id
  left join report_intervention i on i.episode_id = e.episode_id;
