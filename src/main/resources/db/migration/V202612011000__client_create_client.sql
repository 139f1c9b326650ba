-- The shared client record (issue 5): identity, contact rules, care team, consent, alerts, problem substances,
-- the timeline later capabilities add to, break-glass grants and merges. Clinical rows are voided, never deleted.
-- Child rows carry origin_client_id, the client they were first recorded for, so a merge can be undone exactly.

create table client_ethnicity (
    code        varchar(4)   primary key,
    label       varchar(120) not null,
    sort_order  integer      not null,
    valid_to    date
);

insert into client_ethnicity (code, label, sort_order) values
 ('A', 'White: British', 1), ('B', 'White: Irish', 2), ('C', 'White: any other White background', 3),
 ('D', 'Mixed: White and Black Caribbean', 4), ('E', 'Mixed: White and Black African', 5),
 ('F', 'Mixed: White and Asian', 6), ('G', 'Mixed: any other mixed background', 7),
 ('H', 'Asian or Asian British: Indian', 8), ('J', 'Asian or Asian British: Pakistani', 9),
 ('K', 'Asian or Asian British: Bangladeshi', 10), ('L', 'Asian or Asian British: any other Asian background', 11),
 ('M', 'Black or Black British: Caribbean', 12), ('N', 'Black or Black British: African', 13),
 ('P', 'Black or Black British: any other Black background', 14), ('R', 'Other: Chinese', 15),
 ('S', 'Other: any other ethnic group', 16), ('Z', 'Not stated', 17), ('99', 'Not known', 18);

create table client_accommodation (
    code        varchar(4)   primary key,
    label       varchar(120) not null,
    sort_order  integer      not null,
    valid_to    date
);

insert into client_accommodation (code, label, sort_order) values
 ('1', 'No fixed abode: urgent housing problem', 1),
 ('2', 'Housing problem', 2),
 ('3', 'No housing problem', 3);

create table client_gender_identity (
    code        varchar(20)  primary key,
    label       varchar(120) not null,
    sort_order  integer      not null,
    valid_to    date
);

insert into client_gender_identity (code, label, sort_order) values
 ('SAME_AS_SEX', 'Same as sex registered at birth', 1),
 ('MAN', 'Man (including trans man)', 2),
 ('WOMAN', 'Woman (including trans woman)', 3),
 ('NON_BINARY', 'Non-binary', 4),
 ('OTHER', 'Other', 5),
 ('NOT_STATED', 'Prefer not to say', 6);

create table client (
    id                   uuid         primary key,
    reference            varchar(12)  not null,
    legal_given_name     varchar(80)  not null,
    legal_family_name    varchar(80)  not null,
    preferred_name       varchar(80),
    date_of_birth        date         not null,
    sex                  varchar(20)  not null,
    gender_identity      varchar(20)  references client_gender_identity (code),
    nhs_number           varchar(10),
    ethnicity            varchar(4)   references client_ethnicity (code),
    postcode             varchar(10),
    accommodation        varchar(4)   references client_accommodation (code),
    address              varchar(300),
    telephone            varchar(30),
    email                varchar(200),
    may_text             boolean      not null default false,
    may_voicemail        boolean      not null default false,
    may_write            boolean      not null default false,
    safe_contact_notes   varchar(500),
    gp_practice_id       uuid,
    search_family        varchar(80)  not null,
    search_family3       varchar(3)   not null,
    search_given         varchar(170) not null,
    merged_into          uuid         references client (id),
    version              integer      not null,
    created_at           timestamp with time zone not null,
    created_by           varchar(100) not null,
    changed_at           timestamp with time zone,
    changed_by           varchar(100),
    voided_at            timestamp with time zone,
    voided_by            varchar(100),
    void_reason          varchar(500),
    constraint uq_client_reference unique (reference)
);

create index ix_client_nhs_number on client (nhs_number);
create index ix_client_dob on client (date_of_birth);
-- Name search: the first three letters of the family name (letters only, lower case) narrow by equality, which
-- every collation indexes; a like on search_family finishes the match.
create index ix_client_search_family3 on client (search_family3, search_family);
create index ix_client_merged_into on client (merged_into);

create sequence client_reference_seq start with 100001;

create table client_history (
    id          uuid         primary key,
    client_id   uuid         not null references client (id),
    action      varchar(30)  not null,
    summary     varchar(2000) not null,
    changed_at  timestamp with time zone not null,
    changed_by  varchar(100) not null
);
create index ix_client_history_client on client_history (client_id, changed_at);

-- Who is involved: organisations and, where known, the named worker. Active from started_on to ended_on.
create table client_care_team (
    id                uuid         primary key,
    client_id         uuid         not null references client (id),
    origin_client_id  uuid         not null references client (id),
    organisation_id   uuid         not null,
    team_role         varchar(30)  not null,
    worker_username   varchar(100),
    worker_name       varchar(160),
    started_on        date         not null,
    ended_on          date,
    end_reason        varchar(500),
    source_kind       varchar(40),
    source_id         uuid,
    created_at        timestamp with time zone not null,
    created_by        varchar(100) not null,
    changed_at        timestamp with time zone,
    changed_by        varchar(100)
);
create index ix_client_care_team_client on client_care_team (client_id, organisation_id);
create index ix_client_care_team_org on client_care_team (organisation_id, client_id);

-- Consent decisions, append-only: the latest decision per client and purpose is the one in force.
create table client_consent (
    id                 uuid         primary key,
    client_id          uuid         not null references client (id),
    origin_client_id   uuid         not null references client (id),
    purpose            varchar(30)  not null,
    decision           varchar(20)  not null,
    decided_on         date         not null,
    method             varchar(20)  not null,
    capacity_assessed  boolean      not null,
    review_on          date,
    recipient          varchar(200),
    notes              varchar(1000),
    recorded_at        timestamp with time zone not null,
    recorded_by        varchar(100) not null,
    voided_at          timestamp with time zone,
    voided_by          varchar(100),
    void_reason        varchar(500)
);
create index ix_client_consent_client on client_consent (client_id, purpose, decided_on);

-- Alerts and risk flags; a sealed one is seen only by the roles its seal category names.
create table client_alert (
    id                uuid         primary key,
    client_id         uuid         not null references client (id),
    origin_client_id  uuid         not null references client (id),
    category          varchar(30)  not null,
    description       varchar(1000) not null,
    raised_on         date         not null,
    sealed_as         varchar(30),
    created_at        timestamp with time zone not null,
    created_by        varchar(100) not null,
    voided_at         timestamp with time zone,
    voided_by         varchar(100),
    void_reason       varchar(500)
);
create index ix_client_alert_client on client_alert (client_id);

create table client_substance (
    id                uuid         primary key,
    client_id         uuid         not null references client (id),
    origin_client_id  uuid         not null references client (id),
    substance         varchar(40)  not null,
    label             varchar(120) not null,
    rank              integer      not null,
    recorded_on       date         not null,
    created_at        timestamp with time zone not null,
    created_by        varchar(100) not null,
    voided_at         timestamp with time zone,
    voided_by         varchar(100),
    void_reason       varchar(500)
);
create index ix_client_substance_client on client_substance (client_id);

-- The client's timeline: one row per thing that happened, written by the module that owns it.
create table client_timeline (
    id                uuid         primary key,
    client_id         uuid         not null references client (id),
    origin_client_id  uuid         not null references client (id),
    occurred_on       date         not null,
    recorded_at       timestamp with time zone not null,
    kind              varchar(30)  not null,
    summary           varchar(500) not null,
    detail            varchar(2000),
    source_kind       varchar(40),
    source_id         uuid,
    sealed_as         varchar(30),
    created_by        varchar(100) not null,
    voided_at         timestamp with time zone,
    voided_by         varchar(100),
    void_reason       varchar(500)
);
create index ix_client_timeline_client on client_timeline (client_id, occurred_on, recorded_at);

-- Break-glass: access to one record outside the user's normal access, with a reason, until expires_at.
create table client_break_glass (
    id               uuid         primary key,
    client_id        uuid         not null references client (id),
    user_id          uuid         not null,
    username         varchar(100) not null,
    roles            varchar(500) not null,
    organisation_id  uuid         not null,
    reason           varchar(500) not null,
    opened_at        timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    reviewed_at      timestamp with time zone,
    reviewed_by      varchar(100),
    review_outcome   varchar(20),
    review_note      varchar(1000)
);
create index ix_client_break_glass_user on client_break_glass (username, client_id, expires_at);
create index ix_client_break_glass_review on client_break_glass (reviewed_at, opened_at);

-- Merges of duplicate records: the merged client points at the survivor; undoing puts its rows back.
create table client_merge (
    id            uuid         primary key,
    survivor_id   uuid         not null references client (id),
    merged_id     uuid         not null references client (id),
    reason        varchar(500) not null,
    merged_at     timestamp with time zone not null,
    merged_by     varchar(100) not null,
    undone_at     timestamp with time zone,
    undone_by     varchar(100),
    undo_reason   varchar(500)
);
create index ix_client_merge_survivor on client_merge (survivor_id);
create index ix_client_merge_merged on client_merge (merged_id);

-- The consent decision in force for each client and purpose: the latest one not voided. Decisions are never dated
-- in the future, so the latest is the current one. AccessPolicy reads it for one record and for lists alike.
create view client_consent_current as
select client_id, purpose, decision, decided_on, review_on
  from (select k.client_id, k.purpose, k.decision, k.decided_on, k.review_on,
               row_number() over (partition by k.client_id, k.purpose
                                  order by k.decided_on desc, k.recorded_at desc, k.id) as position
          from client_consent k
         where k.voided_at is null) ranked
 where position = 1;
