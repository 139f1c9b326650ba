-- PostgreSQL only (H2 keeps one table: spring.flyway.locations adds db/vendor/{vendor}). Each evidence snapshot's
-- intervention rows get a table of their own, a list partition of contract_evidence_intervention by snapshot_id
-- (ADR 0019). A snapshot is written into its table before the table has any index, the indexes are then built in one
-- sorted pass each, and the table is attached as the snapshot's partition in the same transaction. Writing a
-- national snapshot of 354,081 rows into the shared table cost one descent of four B-trees per row, about half of the
-- month end (issue 15; docs/performance.md, Payment runs). Reads are unchanged: every one names its snapshot, and
-- PostgreSQL reads only that partition.
--
-- Partitions are named contract_evidence_p_<snapshot id without dashes> (EvidencePartitions); the rows already
-- written move into one such partition per snapshot. The columns, checks, primary key and indexes are those of
-- V202612020300, V202612071700 and V202612090300.
alter table contract_evidence_intervention rename to contract_evidence_intervention_before;
alter table contract_evidence_intervention_before rename constraint pk_contract_evidence_intervention
    to pk_contract_evidence_intervention_before;
alter table contract_evidence_intervention_before rename constraint ck_contract_evidence_dates
    to ck_contract_evidence_dates_before;
alter table contract_evidence_intervention_before rename constraint ck_contract_evidence_discharge
    to ck_contract_evidence_discharge_before;
alter index ix_contract_evidence_agency_discharge rename to ix_contract_evidence_agency_discharge_before;
alter index ix_contract_evidence_client rename to ix_contract_evidence_client_before;
alter index ix_contract_evidence_operating rename to ix_contract_evidence_operating_before;

create table contract_evidence_intervention (
    snapshot_id            uuid         not null,
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
) partition by list (snapshot_id);
create index ix_contract_evidence_agency_discharge
    on contract_evidence_intervention (snapshot_id, agency_code, discharged_on);
create index ix_contract_evidence_client on contract_evidence_intervention (snapshot_id, client_key, triaged_on);
create index ix_contract_evidence_operating on contract_evidence_intervention (snapshot_id, operating_agency_code);

do $$
declare
    snapshot uuid;
begin
    for snapshot in select distinct snapshot_id from contract_evidence_intervention_before loop
        execute format('create table %I partition of contract_evidence_intervention for values in (%L)',
                       'contract_evidence_p_' || replace(cast(snapshot as text), '-', ''), snapshot);
        execute format('insert into contract_evidence_intervention select * from contract_evidence_intervention_before'
                       || ' where snapshot_id = %L order by line_no', snapshot);
    end loop;
end $$;

drop table contract_evidence_intervention_before;
