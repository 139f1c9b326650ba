-- Every NDTMS monthly extract downloaded (issue 17 item 7): who, when, for which agency and month, how many records
-- went and how many were held back for problems, and the SHA-256 of the file, so a submission can be matched to
-- what DAMS received. A row is written once the whole file has been streamed; it is never changed.
create table ndtms_extract (
    id              uuid          primary key,
    provider_id     uuid          not null,
    agency_code     varchar(20)   not null,
    period_month    date          not null,
    dataset         varchar(2)    not null,
    record_count    integer       not null,
    problem_count   integer       not null,
    withheld_count  integer       not null,
    sha256          varchar(64)   not null,
    produced_at     timestamp with time zone not null,
    produced_by     varchar(100)  not null,
    constraint ck_ndtms_extract_counts check (record_count >= 0 and problem_count >= 0 and withheld_count >= 0)
);

create index ix_ndtms_extract_produced on ndtms_extract (produced_at desc, id);
