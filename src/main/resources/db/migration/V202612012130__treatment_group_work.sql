-- Group work (issue 6 item 4): programmes that deliver one intervention type (and optionally a sub-type), their
-- sessions at a venue from the directory, clients enrolled once per programme and attendance per session.
-- Rows are never deleted.

create table treatment_group_programme (
    id                     uuid         primary key,
    name                   varchar(120) not null,
    description            varchar(1000),
    intervention_type      varchar(40)  not null references treatment_intervention_type (code),
    sub_intervention_type  varchar(40)  references treatment_sub_intervention_type (code),
    provider_id            uuid         not null references organisation (id),
    created_at             timestamp with time zone not null,
    created_by             varchar(120) not null
);
create index ix_group_programme_provider on treatment_group_programme (provider_id, name);

create table treatment_group_session (
    id                     uuid         primary key,
    programme_id           uuid         not null references treatment_group_programme (id),
    starts_at              timestamp    not null,
    duration_minutes       integer      not null,
    capacity               integer      not null,
    venue_id               uuid         not null references organisation (id),
    facilitator_staff_id   uuid         references staff_member (id),
    facilitator_username   varchar(120),
    facilitator_name       varchar(200) not null,
    created_at             timestamp with time zone not null,
    created_by             varchar(120) not null,
    constraint ck_group_session_capacity check (capacity between 1 and 200),
    constraint ck_group_session_duration check (duration_minutes between 5 and 600)
);
create index ix_group_session_programme on treatment_group_session (programme_id, starts_at);

create table treatment_group_enrolment (
    id                     uuid         primary key,
    programme_id           uuid         not null references treatment_group_programme (id),
    client_id              uuid         not null references client (id),
    enrolled_on            date         not null,
    enrolled_at            timestamp with time zone not null,
    enrolled_by            varchar(120) not null,
    constraint uq_group_enrolment unique (programme_id, client_id)
);
create index ix_group_enrolment_client on treatment_group_enrolment (client_id);

create table treatment_group_attendance (
    id                     uuid         primary key,
    session_id             uuid         not null references treatment_group_session (id),
    client_id              uuid         not null references client (id),
    status                 varchar(20)  not null,
    recorded_at            timestamp with time zone not null,
    recorded_by            varchar(120) not null,
    constraint uq_group_attendance unique (session_id, client_id),
    constraint ck_group_attendance_status check (status in ('ATTENDED', 'DID_NOT_ATTEND', 'CANCELLED'))
);
create index ix_group_attendance_client on treatment_group_attendance (client_id);
