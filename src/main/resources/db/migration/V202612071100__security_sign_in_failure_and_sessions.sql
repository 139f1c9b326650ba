-- Failed sign-ins are counted per username typed, whether or not an account has that username, so throttling and
-- lock-out look the same for an unknown username as for a real one and cannot tell which exist. Each attempt locks
-- its row (select ... for update) and is counted before the password is checked, so simultaneous attempts cannot
-- all slip through before the first failure is written. A successful sign-in or an administrator's unlock deletes
-- the row.
create table sign_in_failure (
    username         varchar(100)             not null,
    failed_attempts  integer                  not null default 0,
    last_failure_at  timestamp with time zone,
    locked_until     timestamp with time zone,
    constraint pk_sign_in_failure primary key (username)
);

insert into sign_in_failure (username, failed_attempts, last_failure_at, locked_until)
select username, failed_attempts, last_failure_at, locked_until
  from user_account
 where failed_attempts > 0 or locked_until is not null;

alter table user_account drop column failed_attempts;
alter table user_account drop column last_failure_at;
alter table user_account drop column locked_until;

-- Every signed-in session remembers the generation its account had at sign-in; disabling the account or changing
-- its roles (and later a password change or reset) moves the generation on, which ends every older session on its
-- next request, wherever the session is stored.
alter table user_account add column session_generation integer not null default 0;

-- Who changed an account's roles or status, when, and from what to what: the IG lead's account-changes report.
-- The same change is also written to the audit trail. Rows are only ever inserted.
create table user_account_change (
    id               uuid                     not null,
    user_account_id  uuid                     not null references user_account (id),
    username         varchar(100)             not null,
    change           varchar(20)              not null,
    roles_before     varchar(500),
    roles_after      varchar(500),
    changed_at       timestamp with time zone not null,
    changed_by       varchar(100)             not null,
    constraint pk_user_account_change primary key (id)
);
create index ix_user_account_change_changed_at on user_account_change (changed_at);
