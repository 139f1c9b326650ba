-- Family and carer support (issue 6 item 7): concerned others with their OWN consent (to be contacted, to share
-- with the client), separate from the client's consent, optionally linked to a client, and their own sessions.
-- Held by the organisation that registered them. Nothing is deleted: voided with a reason.

create table treatment_concerned_other (
    id                     uuid          primary key,
    organisation_id        uuid          not null,
    given_name             varchar(100)  not null,
    family_name            varchar(100)  not null,
    relationship           varchar(100)  not null,
    telephone              varchar(40),
    email                  varchar(200),
    address                varchar(500),
    consents_to_contact    boolean       not null,
    consents_to_share      boolean       not null,
    consent_recorded_on    date          not null,
    client_id              uuid,
    created_at             timestamp with time zone not null,
    created_by             varchar(100)  not null,
    changed_at             timestamp with time zone,
    changed_by             varchar(100),
    voided_at              timestamp with time zone,
    voided_by              varchar(100),
    void_reason            varchar(500)
);
create index ix_concerned_other_organisation on treatment_concerned_other (organisation_id, family_name);
create index ix_concerned_other_client on treatment_concerned_other (client_id);

create table treatment_family_session (
    id                  uuid          primary key,
    concerned_other_id  uuid          not null references treatment_concerned_other (id),
    held_on             date          not null,
    worker_name         varchar(160)  not null,
    worker_username     varchar(100),
    kind                varchar(20)   not null,
    notes               varchar(4000),
    created_at          timestamp with time zone not null,
    created_by          varchar(100)  not null,
    voided_at           timestamp with time zone,
    voided_by           varchar(100),
    void_reason         varchar(500),
    constraint ck_family_session_kind check (kind in ('ONE_TO_ONE', 'GROUP', 'TELEPHONE'))
);
create index ix_family_session_other on treatment_family_session (concerned_other_id, held_on);
