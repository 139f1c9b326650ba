-- Cohort outcome measures by partner and substance group (issue 16 item 3). Treatment now also tells assessment
-- each episode's provider (the partner, a lead or partner provider of the partnership directory) and its NDTMS
-- reporting substance group over its problem substances (OPIATE: any opiate cited; ALCOHOL_ONLY; NON_OPIATE_AND_ALCOHOL;
-- NON_OPIATE_ONLY). Null: not told yet; the cohort page shows such pairs as "not known".
alter table assessment_episode add column provider_id uuid;
alter table assessment_episode add column reporting_substance_group varchar(30);

-- Episodes told before this migration: their facts from treatment's and referral's report views, set-based, once.
update assessment_episode
   set provider_id = (select e.provider_id from report_episode e where e.episode_id = assessment_episode.id),
       reporting_substance_group = (
           select case
                    when exists (select 1 from report_substance s
                                  where s.code in (e.substance_1, e.substance_2, e.substance_3)
                                    and s.substance_group = 'OPIATES') then 'OPIATE'
                    when not exists (select 1 from report_substance s
                                      where s.code in (e.substance_1, e.substance_2, e.substance_3)
                                        and s.substance_group <> 'ALCOHOL') then 'ALCOHOL_ONLY'
                    when exists (select 1 from report_substance s
                                  where s.code in (e.substance_1, e.substance_2, e.substance_3)
                                    and s.substance_group = 'ALCOHOL') then 'NON_OPIATE_AND_ALCOHOL'
                    else 'NON_OPIATE_ONLY'
                  end
             from report_episode e where e.episode_id = assessment_episode.id);

-- The cohort count pairs start records with reviews of the same client and instrument (ix_assessment_outcome_client)
-- and chooses start records by stage and date: this index finds a period's final start records without reading
-- every record.
create index ix_assessment_outcome_stage_done on assessment_outcome_record (stage, done_on);
create index ix_assessment_episode_provider on assessment_episode (provider_id);
-- The cohort page's list of teams and practices: those that have made outcome records, found by key.
create index ix_assessment_outcome_organisation on assessment_outcome_record (organisation_id);
