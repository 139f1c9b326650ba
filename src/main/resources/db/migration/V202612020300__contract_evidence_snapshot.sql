-- The evidence a payment run reads, frozen (domain reference §3.3, §3.8, §11.6): one snapshot of treatment activity,
-- either recorded in OneDoor (from treatment's report views) or loaded from an NDTMS-layout activity file. One row
-- per intervention, with its episode's triage and discharge repeated; an episode without an intervention has one
-- row with the intervention columns empty (it still counts as a presentation for re-presentation). Keys are
-- pseudonymous: never a name, NHS number or date of birth. A snapshot is immutable once taken: the application
-- writes it in one transaction and offers no update or delete; payment runs quote its id.

create table contract_evidence_snapshot (
    id            uuid          primary key,
    source        varchar(20)   not null,
    taken_at      timestamp with time zone not null,
    taken_by      varchar(100)  not null,
    as_of         date          not null,
    description   varchar(500)  not null,
    row_count     integer       not null,
    constraint ck_contract_evidence_source check (source in ('RECORDED', 'IMPORTED_FILE')),
    constraint ck_contract_evidence_rows check (row_count >= 0)
);

create table contract_evidence_intervention (
    snapshot_id            uuid         not null references contract_evidence_snapshot (id),
    line_no                integer      not null,
    client_key             varchar(64)  not null,
    episode_key            varchar(64)  not null,
    agency_code            varchar(20),
    operating_agency_code  varchar(20),
    practice_code          varchar(20),
    setting_code           varchar(40),
    intervention_code      varchar(40),
    referred_on            date,
    started_on             date,
    ended_on               date,
    triaged_on             date         not null,
    discharged_on          date,
    discharge_code         varchar(4),
    constraint pk_contract_evidence_intervention primary key (snapshot_id, line_no),
    constraint ck_contract_evidence_dates check (ended_on is null or (started_on is not null and ended_on >= started_on)),
    constraint ck_contract_evidence_discharge check ((discharged_on is null) = (discharge_code is null))
);
create index ix_contract_evidence_open on contract_evidence_intervention (snapshot_id, started_on, ended_on);
create index ix_contract_evidence_client on contract_evidence_intervention (snapshot_id, client_key, triaged_on);
create index ix_contract_evidence_discharge on contract_evidence_intervention (snapshot_id, discharged_on);
create index ix_contract_evidence_practice on contract_evidence_intervention (snapshot_id, practice_code);
