-- Commissioning contracts (domain reference §10, §11): the header a screen lists, the lifecycle DRAFT -> ACTIVE ->
-- ENDED, and versioned, effective-dated rule sets. Each version keeps the whole canonical contract document (YAML as
-- ContractDocumentWriter writes it) plus the columns queries need; the current version is the highest number. Versions
-- are never updated or deleted: a change of rules is a new version effective from a month.

create table contract (
    id              uuid          primary key,
    reference       varchar(60)   not null,
    name            varchar(200)  not null,
    lead_provider   varchar(200)  not null,
    term_start      date          not null,
    term_end        date          not null,
    status          varchar(10)   not null,
    activated_at    timestamp with time zone,
    activated_by    varchar(100),
    ended_on        date,
    ended_by        varchar(100),
    created_at      timestamp with time zone not null,
    created_by      varchar(100)  not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(100)  not null,
    row_version     integer       not null,
    constraint uq_contract_reference unique (reference),
    constraint ck_contract_status check (status in ('DRAFT', 'ACTIVE', 'ENDED')),
    constraint ck_contract_term check (term_end >= term_start)
);

create table contract_rule_version (
    contract_id     uuid          not null references contract (id),
    version_no      integer       not null,
    effective_from  date          not null,
    document_yaml   varchar(1000000) not null,
    rule_count      integer       not null,
    reason          varchar(500)  not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(100)  not null,
    constraint pk_contract_rule_version primary key (contract_id, version_no),
    constraint ck_contract_rule_version_no check (version_no >= 1)
);

-- The funding lines of each version, one per stream and financial year (named by the year it starts: 2016 = 2016/17).
create table contract_funding (
    contract_id     uuid          not null,
    version_no      integer       not null,
    line_no         integer       not null,
    stream          varchar(200)  not null,
    financial_year  integer       not null,
    amount          numeric(12,2) not null,
    constraint pk_contract_funding primary key (contract_id, version_no, line_no),
    constraint fk_contract_funding_version foreign key (contract_id, version_no)
        references contract_rule_version (contract_id, version_no)
);
