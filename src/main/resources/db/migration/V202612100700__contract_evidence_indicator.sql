-- The indicators a quality withhold is released on, measured by a payment run and frozen with its evidence snapshot
-- (issue 17 item 6): one row per snapshot, scope, indicator and period, written the first time a run over the
-- snapshot needs it and only ever read after, so a run over the same snapshot judges the withhold on the same values
-- however the record changes. scope_key is PARTNERSHIP or AGENCY:<code>. figure is the value as the indicator shows
-- it (a percentage or days to one decimal place, or a count); null when it could not be measured (no denominator).

create table contract_evidence_indicator (
    snapshot_id   uuid          not null references contract_evidence_snapshot (id),
    scope_key     varchar(220)  not null,
    indicator     varchar(60)   not null,
    period        varchar(20)   not null,
    name          varchar(300)  not null,
    numerator     bigint,
    denominator   bigint,
    figure        numeric(14,1),
    unit          varchar(10)   not null,
    status        varchar(12)   not null,
    frozen_at     timestamp with time zone not null,
    constraint pk_contract_evidence_indicator primary key (snapshot_id, scope_key, indicator, period),
    constraint ck_contract_evidence_indicator_status check (status in ('provisional', 'final'))
);
