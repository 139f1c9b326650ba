-- Blood-borne-virus tests as harm reduction (treatment) tells them to assessment, told downwards like
-- assessment_episode (architecture 2.5), so that report_outcome serves every outcome measure from one view. Treatment
-- calls OutcomeEpisodes.testedForBloodBorneVirus when it records a test; assessment never reads treatment's tables.
-- id is treatment's own record id, so telling it again replaces it, and a void there is told as voided here.
create table assessment_bbv_test (
    id               uuid                     not null,
    client_id        uuid                     not null,
    episode_id       uuid,
    organisation_id  uuid                     not null,
    virus            varchar(20)              not null,
    tested_on        date                     not null,
    voided           boolean                  not null,
    told_at          timestamp with time zone not null,
    constraint pk_assessment_bbv_test primary key (id),
    constraint ck_assessment_bbv_test_virus check (virus in ('HEPATITIS_C', 'HEPATITIS_B', 'HIV'))
);
create index ix_assessment_bbv_test_client on assessment_bbv_test (client_id, tested_on);

-- Issue 16 item 3: the outcome measures other modules read (treatment's caseload, cohort outcomes, contract payments).
-- One row per final outcome record (drafts and voided records never appear) with the measures pivoted into columns,
-- plus one row per hepatitis C test told by treatment (instrument 'hepatitis-c-test'). client_key is the client id,
-- as in report_episode: a consumer that shows it outside the care team keys it (contract: HMAC, ADR 0010).
-- main_days is the days used of the main problem substance: alcohol on an AOR; on a TOP the most-used illicit
-- substance (the episode's own substance is treatment's fact; see docs/outcomes.md). Yes-no answers are Y, N or NA.
create view report_outcome as
select r.id as record_id, r.client_id as client_key, r.episode_id, r.organisation_id, r.instrument,
       r.instrument_version, r.stage, r.done_on, r.entered_at,
       max(case when s.score = 'alcohol_days' then s.score_value end) as alcohol_days,
       max(case when s.score = 'opiates_days' then s.score_value end) as opiates_days,
       max(case when s.score = 'crack_days' then s.score_value end) as crack_days,
       max(case when s.score = 'cocaine_days' then s.score_value end) as cocaine_days,
       max(case when s.score = 'amphetamines_days' then s.score_value end) as amphetamines_days,
       max(case when s.score = 'cannabis_days' then s.score_value end) as cannabis_days,
       max(case when s.score = 'other_days' then s.score_value end) as other_days,
       max(case when r.instrument = 'aor' and s.score = 'alcohol_days' then s.score_value
                when r.instrument = 'top' and s.score in ('opiates_days', 'crack_days', 'cocaine_days',
                     'amphetamines_days', 'cannabis_days', 'other_days') then s.score_value end) as main_days,
       max(case when s.score = 'injecting_days' then s.score_value end) as injecting_days,
       max(case when s.score = 'paid_work_days' then s.score_value end) as paid_work_days,
       max(case when a.item = 'acute_housing' then a.answer end) as acute_housing,
       max(case when r.instrument = 'phq9' and s.score = 'total' then s.score_value end) as phq9_total,
       max(case when r.instrument = 'gad7' and s.score = 'total' then s.score_value end) as gad7_total,
       max(case when r.instrument = 'physical-health' and a.item = 'health_check' then a.answer end) as health_check,
       max(case when r.instrument = 'physical-health' and a.item = 'gp_registered' then a.answer end) as gp_registered,
       cast(null as date) as hep_c_tested_on
  from assessment_outcome_record r
  left join assessment_outcome_score s on s.record_id = r.id
  left join assessment_outcome_answer a on a.record_id = r.id
       and a.item in ('acute_housing', 'health_check', 'gp_registered')
 where r.status = 'FINAL'
 group by r.id, r.client_id, r.episode_id, r.organisation_id, r.instrument, r.instrument_version, r.stage, r.done_on,
          r.entered_at
union all
select t.id, t.client_id, t.episode_id, t.organisation_id, 'hepatitis-c-test', 1, cast(null as varchar(30)),
       t.tested_on, t.told_at, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
       null, t.tested_on
  from assessment_bbv_test t
 where t.virus = 'HEPATITIS_C' and not t.voided;
