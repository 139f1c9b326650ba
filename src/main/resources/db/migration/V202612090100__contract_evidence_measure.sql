-- Outcome measures clients met, in an evidence snapshot, for the outcome-measure payment (issue 16 item 4): one row
-- per record or pair of assessment's report_outcome that shows a measure met by the snapshot's as-of day, as the
-- definition assessment publishes (OutcomeMeasureEvents, docs/adr/0018) has them. Pseudonymous like the other
-- evidence rows: the client and episode keys are keyed hashes (ADR 0010), the episode key empty for a record of no
-- episode. The agency code is the ODS code of the organisation that made the record (the start record of a pair),
-- the practice code the same when that organisation is a GP practice, so a contract chooses the rows of its
-- organisations as it does the intervention rows. A snapshot loaded from an NDTMS activity file has none. Written
-- once with the snapshot, never updated or deleted.
create table contract_evidence_measure (
    snapshot_id     uuid         not null references contract_evidence_snapshot (id),
    line_no         integer      not null,
    client_key      varchar(64)  not null,
    episode_key     varchar(64),
    agency_code     varchar(20),
    practice_code   varchar(20),
    measure         varchar(40)  not null,
    evidence_shown  date         not null,
    constraint pk_contract_evidence_measure primary key (snapshot_id, line_no)
);
create index ix_contract_evidence_measure_agency on contract_evidence_measure (snapshot_id, agency_code);
create index ix_contract_evidence_measure_practice on contract_evidence_measure (snapshot_id, practice_code);
