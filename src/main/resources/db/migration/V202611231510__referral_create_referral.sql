-- Referrals into the single point of contact, from every channel, with their risks and their history.

create sequence referral_reference_seq start with 100001;

create table referral (
    id                    uuid         primary key,
    reference             varchar(12)  not null,
    channel               varchar(20)  not null,
    status                varchar(20)  not null,
    urgent                boolean      not null,
    given_name            varchar(80)  not null,
    family_name           varchar(80)  not null,
    date_of_birth         date         not null,
    sex                   varchar(20)  not null,
    nhs_number            varchar(10),
    postcode              varchar(10),
    telephone             varchar(30),
    email                 varchar(200),
    may_text              boolean      not null,
    may_voicemail         boolean      not null,
    may_write             boolean      not null,
    gp_practice_id        uuid,
    source                varchar(40)  not null references referral_source (code),
    referrer_name         varchar(120),
    referrer_organisation varchar(160),
    substance_1           varchar(40)  not null references referral_substance (code),
    substance_2           varchar(40)  references referral_substance (code),
    substance_3           varchar(40)  references referral_substance (code),
    notes                 varchar(4000),
    received_at           timestamp with time zone not null,
    received_by           varchar(100) not null,
    version               integer      not null,
    created_at            timestamp with time zone not null,
    created_by            varchar(100) not null,
    changed_at            timestamp with time zone,
    changed_by            varchar(100),
    voided_at             timestamp with time zone,
    voided_by             varchar(100),
    void_reason           varchar(400),
    constraint uq_referral_reference unique (reference),
    constraint ck_referral_channel check (channel in ('PHONE', 'WEB', 'PROFESSIONAL', 'API')),
    constraint ck_referral_sex check (sex in ('FEMALE', 'MALE', 'OTHER', 'NOT_STATED'))
);
create index ix_referral_queue on referral (status, urgent, received_at);
create index ix_referral_nhs_number on referral (nhs_number);

create table referral_risk (
    referral_id uuid        not null references referral (id),
    risk        varchar(40) not null,
    primary key (referral_id, risk)
);

-- Every state change of a referral: who, when, what and why. Appended, never changed.
create table referral_history (
    id           uuid         primary key,
    referral_id  uuid         not null references referral (id),
    action       varchar(40)  not null,
    detail       varchar(4000),
    changed_at   timestamp with time zone not null,
    changed_by   varchar(100) not null
);
create index ix_referral_history_referral on referral_history (referral_id, changed_at);
