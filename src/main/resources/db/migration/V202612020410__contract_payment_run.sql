-- Monthly payment runs (architecture §4, domain reference §11.6, A13). A statement is one contract's payments for one
-- month: DRAFT while it may be re-run, APPROVED (by a commissioner) and then immutable. Each run of a statement keeps
-- the snapshot and contract version it was computed from, and its lines; the statement's lines are those of its last
-- run (run_no = run_count). Nothing is deleted. A line's pay_month is the month it is paid in; for_month is the month its
-- figures are for: equal for a payment, an earlier month of the financial year for an adjustment (late or corrected
-- data: both figures shown, never a silent rewrite).

create table contract_statement (
    id              uuid          primary key,
    contract_id     uuid          not null references contract (id),
    pay_month       date          not null,
    status          varchar(10)   not null,
    run_count       integer       not null,
    total           numeric(12,2) not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(100)  not null,
    approved_at     timestamp with time zone,
    approved_by     varchar(100),
    constraint uq_contract_statement_month unique (contract_id, pay_month),
    constraint ck_contract_statement_status check (status in ('DRAFT', 'APPROVED')),
    constraint ck_contract_statement_approval check ((status = 'APPROVED') = (approved_at is not null
        and approved_by is not null))
);

create table contract_payment_run (
    id              uuid          primary key,
    statement_id    uuid          not null references contract_statement (id),
    run_no          integer       not null,
    snapshot_id     uuid          not null references contract_evidence_snapshot (id),
    contract_version integer      not null,
    run_at          timestamp with time zone not null,
    run_by          varchar(100)  not null,
    line_count      integer       not null,
    total           numeric(12,2) not null,
    constraint uq_contract_payment_run_no unique (statement_id, run_no)
);

create table contract_payment_line (
    run_id          uuid          not null references contract_payment_run (id),
    line_no         integer       not null,
    pay_month       date          not null,
    for_month       date          not null,
    kind            varchar(12)   not null,
    rule            varchar(200)  not null,
    description     varchar(2000) not null,
    quantity        numeric(18,6) not null,
    rate            numeric(18,6) not null,
    amount          numeric(12,2) not null,
    constraint pk_contract_payment_line primary key (run_id, line_no),
    constraint ck_contract_payment_line_kind check (kind in ('PAYMENT', 'ADJUSTMENT')),
    constraint ck_contract_payment_line_month check ((kind = 'PAYMENT') = (for_month = pay_month))
);
create index ix_contract_payment_line_for on contract_payment_line (for_month, rule);

-- The pseudonymous evidence keys behind a line (client, episode), in the order the engine gave them.
create table contract_payment_line_evidence (
    run_id          uuid          not null,
    line_no         integer       not null,
    seq             integer       not null,
    evidence_key    varchar(200)  not null,
    constraint pk_contract_payment_line_evidence primary key (run_id, line_no, seq),
    constraint fk_contract_payment_line_evidence foreign key (run_id, line_no)
        references contract_payment_line (run_id, line_no)
);
