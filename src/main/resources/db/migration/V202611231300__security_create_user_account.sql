-- Sign-in accounts. The organisation is a bare id: security sits below the partnership directory.
create table user_account (
    id                uuid         primary key,
    username          varchar(100) not null,
    display_name      varchar(200) not null,
    password_hash     varchar(200) not null,
    organisation_id   uuid         not null,
    staff_member_id   uuid,
    enabled           boolean      not null default true,
    failed_attempts   integer      not null default 0,
    last_failure_at   timestamp with time zone,
    locked_until      timestamp with time zone,
    last_sign_in_at   timestamp with time zone,
    created_at        timestamp with time zone not null,
    created_by        varchar(100) not null,
    changed_at        timestamp with time zone,
    changed_by        varchar(100),
    constraint uq_user_account_username unique (username)
);

create table user_account_role (
    user_account_id uuid        not null references user_account (id),
    role            varchar(40) not null,
    primary key (user_account_id, role)
);

-- Spring Modulith 2 event publication registry (its own schema initialisation is off: Flyway owns every table).
create table event_publication (
    id                      uuid          not null primary key,
    listener_id             varchar(512)  not null,
    event_type              varchar(512)  not null,
    serialized_event        varchar(4000) not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  varchar(20),
    completion_attempts     integer,
    last_resubmission_date  timestamp with time zone
);
create index ix_event_publication_completion on event_publication (completion_date);
