-- Outcome records (issue 16): one row per instrument completed for a client, holding the instrument id and version
-- (so a later version never changes what it says), the stage and the date it was done, who entered it and when, and
-- its status. A draft is never scored or counted; a record entered in error is voided with a reason, never
-- deleted. The episode id is treatment's, held as an opaque UUID (assessment sits below treatment).
create table assessment_outcome_record (
    id                  uuid                     not null,
    client_id           uuid                     not null,
    episode_id          uuid,
    instrument          varchar(40)              not null,
    instrument_version  integer                  not null,
    stage               varchar(30),
    done_on             date,
    status              varchar(10)              not null,
    organisation_id     uuid                     not null,
    entered_at          timestamp with time zone not null,
    entered_by          varchar(100)             not null,
    changed_at          timestamp with time zone,
    changed_by          varchar(100),
    voided_at           timestamp with time zone,
    voided_by           varchar(100),
    void_reason         varchar(500),
    constraint pk_assessment_outcome_record primary key (id),
    constraint ck_assessment_outcome_status check (status in ('DRAFT', 'FINAL', 'VOIDED')),
    constraint ck_assessment_outcome_final_dated check (status = 'DRAFT' or done_on is not null),
    constraint ck_assessment_outcome_voided check ((status = 'VOIDED') = (voided_at is not null))
);
create index ix_assessment_outcome_client on assessment_outcome_record (client_id, instrument, done_on);
create index ix_assessment_outcome_episode on assessment_outcome_record (episode_id, instrument, stage);

-- The raw answers as given, one row per item (a weeks item: one per week and one for the total).
create table assessment_outcome_answer (
    record_id  uuid          not null,
    item       varchar(80)   not null,
    answer     varchar(2000) not null,
    constraint pk_assessment_outcome_answer primary key (record_id, item),
    constraint fk_assessment_outcome_answer foreign key (record_id) references assessment_outcome_record (id)
);

-- The scores worked out when the record was made final, with their band; drafts have none.
create table assessment_outcome_score (
    record_id    uuid          not null,
    score        varchar(60)   not null,
    label        varchar(200)  not null,
    score_value  numeric(9, 2) not null,
    band         varchar(60),
    constraint pk_assessment_outcome_score primary key (record_id, score),
    constraint fk_assessment_outcome_score foreign key (record_id) references assessment_outcome_record (id)
);

-- Answers that set off a risk rule (PHQ-9 item 9 above 0), and the alert raised on the client's record for each.
create table assessment_outcome_risk (
    id         uuid        not null,
    record_id  uuid        not null,
    item       varchar(80) not null,
    client_id  uuid        not null,
    answer     varchar(20) not null,
    raised_on  date        not null,
    alert_id   uuid        not null,
    constraint pk_assessment_outcome_risk primary key (id),
    constraint uq_assessment_outcome_risk unique (record_id, item),
    constraint fk_assessment_outcome_risk foreign key (record_id) references assessment_outcome_record (id)
);
create index ix_assessment_outcome_risk_client on assessment_outcome_risk (client_id);

-- What treatment tells assessment about an episode (told downwards, architecture 2.5): its client, care-plan start,
-- how many interventions are open and when it closed; id is the episode's id. Outcome rules (no exit record while interventions are open)
-- and, next, scheduling read it; assessment never reads treatment's tables.
create table assessment_episode (
    id                    uuid                     not null,
    client_id             uuid                     not null,
    care_plan_started_on  date,
    open_interventions    integer                  not null,
    closed_on             date,
    told_at               timestamp with time zone not null,
    constraint pk_assessment_episode primary key (id)
);

-- Assessment rows that followed a client merge, so undoing it moves back exactly those rows.
create table assessment_merge_moved (
    merge_id    uuid        not null,
    table_name  varchar(63) not null,
    row_id      uuid        not null,
    constraint pk_assessment_merge_moved primary key (merge_id, table_name, row_id)
);

-- For the keyworker's caseload (treatment): each client whose latest record of an instrument (a draft included: a
-- risk is raised as soon as it is answered) set off a risk rule, dated when it was done (a draft: when raised). A
-- later final record of the same instrument, or voiding the record, takes the client off.
create view report_outcome_risk as
select k.client_id, k.record_id, r.instrument, k.item, k.answer, coalesce(r.done_on, k.raised_on) done_on,
       k.raised_on
  from assessment_outcome_risk k
  join assessment_outcome_record r on r.id = k.record_id
 where r.status <> 'VOIDED'
   and not exists (select 1 from assessment_outcome_record l
                    where l.client_id = r.client_id and l.instrument = r.instrument and l.status = 'FINAL'
                      and l.id <> r.id
                      and (l.done_on > coalesce(r.done_on, k.raised_on)
                           or (l.done_on = coalesce(r.done_on, k.raised_on) and l.entered_at > r.entered_at)));
