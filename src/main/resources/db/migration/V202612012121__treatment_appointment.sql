-- Appointments and contacts (issue 6 item 3): booked, then attended, did not attend (with a reason from a
-- versioned code list) or cancelled (by whom and why). A contact recorded afterwards is booked and attended in one
-- step. Voided with a reason, never deleted.

create table treatment_dna_reason (
    code         varchar(40)  primary key,
    label        varchar(120) not null,
    sort_order   integer      not null,
    valid_from   date         not null,
    valid_to     date
);

insert into treatment_dna_reason (code, label, sort_order, valid_from) values
 ('NO_CONTACT', 'No contact or explanation', 1, date '2013-04-01'),
 ('FORGOT', 'Forgot the appointment', 2, date '2013-04-01'),
 ('UNWELL', 'Unwell', 3, date '2013-04-01'),
 ('CUSTODY', 'In custody', 4, date '2013-04-01'),
 ('HOSPITAL', 'In hospital', 5, date '2013-04-01'),
 ('TRAVEL', 'Travel or transport difficulty', 6, date '2013-04-01'),
 ('CARING_OR_WORK', 'Caring or work commitment', 7, date '2013-04-01'),
 ('OTHER', 'Other reason', 8, date '2013-04-01');

create table treatment_appointment (
    id                   uuid          primary key,
    episode_id           uuid          not null references treatment_episode (id),
    client_id            uuid          not null,
    intervention_id      uuid          references treatment_intervention (id),
    keyworker_username   varchar(100)  not null,
    starts_at            timestamp     not null,
    duration_minutes     integer       not null,
    kind                 varchar(20)   not null,
    venue_id             uuid,
    status               varchar(20)   not null,
    dna_reason           varchar(40)   references treatment_dna_reason (code),
    cancelled_by         varchar(20),
    cancellation_reason  varchar(500),
    contact_note         varchar(4000),
    outcome_recorded_at  timestamp with time zone,
    outcome_recorded_by  varchar(100),
    version              integer       not null,
    created_at           timestamp with time zone not null,
    created_by           varchar(100)  not null,
    voided_at            timestamp with time zone,
    voided_by            varchar(100),
    void_reason          varchar(500),
    constraint ck_treatment_appointment_status
        check (status in ('BOOKED', 'ATTENDED', 'DID_NOT_ATTEND', 'CANCELLED')),
    constraint ck_treatment_appointment_kind
        check (kind in ('ONE_TO_ONE', 'GROUP', 'TELEPHONE', 'VIDEO', 'HOME_VISIT')),
    constraint ck_treatment_appointment_cancelled_by check (cancelled_by is null or cancelled_by in ('CLIENT', 'SERVICE'))
);
create index ix_treatment_appointment_episode on treatment_appointment (episode_id, status, starts_at);
create index ix_treatment_appointment_keyworker on treatment_appointment (keyworker_username, starts_at);

-- Outcome reviews (TOP) as far as the caseload needs them: the date each was done. Recording the TOP itself is a
-- later piece of work; it writes here.
create table treatment_outcome_review (
    id           uuid         primary key,
    episode_id   uuid         not null references treatment_episode (id),
    reviewed_on  date         not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100) not null,
    voided_at    timestamp with time zone,
    voided_by    varchar(100),
    void_reason  varchar(500)
);
create index ix_treatment_outcome_review on treatment_outcome_review (episode_id, reviewed_on);
