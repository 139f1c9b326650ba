-- The partnership directory: the partnership itself, its organisations (commissioners, providers, GP practices,
-- community venues) and its staff. Rows are never deleted: an organisation or staff member is ended with a date.

create table partnership (
    id                    uuid         primary key,
    area_name             varchar(120) not null,
    local_authority_code  varchar(9)   not null,
    version               integer      not null,
    created_at            timestamp with time zone not null,
    created_by            varchar(100) not null,
    changed_at            timestamp with time zone,
    changed_by            varchar(100)
);

create table organisation (
    id               uuid         primary key,
    organisation_type varchar(30) not null,
    name             varchar(160) not null,
    ods_code         varchar(10),
    list_size        integer,
    address_line1    varchar(120),
    address_line2    varchar(120),
    town             varchar(80),
    postcode         varchar(10),
    telephone        varchar(30),
    opening_notes    varchar(1000),
    accessibility    varchar(1000),
    active_from      date         not null,
    active_to        date,
    version          integer      not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(100) not null,
    changed_at       timestamp with time zone,
    changed_by       varchar(100),
    constraint uq_organisation_ods_code unique (ods_code),
    constraint ck_organisation_type check (organisation_type in
        ('COUNCIL_COMMISSIONER', 'ICB_COMMISSIONER', 'LEAD_PROVIDER', 'PARTNER_PROVIDER', 'GP_PRACTICE', 'VENUE')),
    constraint ck_organisation_list_size check (list_size is null or list_size >= 0),
    constraint ck_organisation_dates check (active_to is null or active_to >= active_from)
);
create index ix_organisation_type_name on organisation (organisation_type, name);

create table staff_member (
    id                       uuid         primary key,
    given_name               varchar(80)  not null,
    family_name              varchar(80)  not null,
    job_role                 varchar(120) not null,
    organisation_id          uuid         not null references organisation (id),
    email                    varchar(200),
    professional_body        varchar(20),
    registration_number      varchar(30),
    active_from              date         not null,
    active_to                date,
    version                  integer      not null,
    created_at               timestamp with time zone not null,
    created_by               varchar(100) not null,
    changed_at               timestamp with time zone,
    changed_by               varchar(100),
    constraint ck_staff_member_dates check (active_to is null or active_to >= active_from)
);
create index ix_staff_member_organisation on staff_member (organisation_id);
create index ix_staff_member_name on staff_member (family_name, given_name);

-- Every change to the directory and the practice menus: who, what, when. Appended, never changed.
create table directory_history (
    id           uuid         primary key,
    subject_kind varchar(30)  not null,
    subject_id   uuid         not null,
    action       varchar(20)  not null,
    summary      varchar(4000) not null,
    changed_at   timestamp with time zone not null,
    changed_by   varchar(100) not null
);
create index ix_directory_history_subject on directory_history (subject_id, changed_at);
