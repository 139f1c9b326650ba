-- The audit trail: one row per access to identifiable data, forming a SHA-256 hash chain (docs/adr/0005).
-- seq is the chain order. It is assigned by the application from audit_chain_head under a row lock, not by an
-- identity or sequence: those leave gaps when a transaction rolls back, and a gap is how a removed entry shows.
-- Rows are only ever inserted; nothing updates or deletes them.

create table audit_access_log (
    seq              bigint                   not null,
    id               uuid                     not null,
    recorded_at      timestamp with time zone not null,
    username         varchar(100)             not null,
    roles            varchar(500),
    organisation_id  uuid,
    action           varchar(20)              not null,
    subject_kind     varchar(40),
    subject_id       uuid,
    purpose          varchar(500),
    detail           varchar(1000),
    source_address   varchar(100),
    previous_hash    varchar(64)              not null,
    entry_hash       varchar(64)              not null,
    constraint pk_audit_access_log primary key (seq),
    constraint uq_audit_access_log_id unique (id)
);

create index ix_audit_access_log_subject on audit_access_log (subject_kind, subject_id, recorded_at);
create index ix_audit_access_log_user on audit_access_log (username, recorded_at);
create index ix_audit_access_log_recorded_at on audit_access_log (recorded_at);

-- The single row every append locks (select ... for update) and moves on in the same transaction.
create table audit_chain_head (
    id         integer     not null,
    last_seq   bigint      not null,
    last_hash  varchar(64) not null,
    constraint pk_audit_chain_head primary key (id),
    constraint ck_audit_chain_head_single check (id = 1)
);

insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
