-- Harm reduction (issue 6 item 5): needle and syringe programme (NSP) visits, anonymous under a pseudonymous code
-- or for a client (an anonymous code is linked to a client later, with consent, recording who linked it); items
-- given out and returned; naloxone supplied; blood-borne-virus (BBV) tests and vaccinations. Code lists are
-- configuration data, versioned by dates. Rows are never deleted.

create table treatment_nsp_item_type (
    code         varchar(40)  primary key,
    label        varchar(120) not null,
    sort_order   integer      not null,
    valid_from   date         not null,
    valid_to     date
);

insert into treatment_nsp_item_type (code, label, sort_order, valid_from) values
 ('NEEDLE', 'Needles', 1, date '2013-04-01'),
 ('SYRINGE', 'Syringes', 2, date '2013-04-01'),
 ('BARREL_1ML', '1ml barrels (fixed needle)', 3, date '2013-04-01'),
 ('FOIL', 'Foil', 4, date '2013-04-01'),
 ('CITRIC', 'Citric acid sachets', 5, date '2013-04-01'),
 ('SPOON', 'Spoons or cookers', 6, date '2013-04-01'),
 ('FILTER', 'Filters', 7, date '2013-04-01'),
 ('SWAB', 'Alcohol swabs', 8, date '2013-04-01'),
 ('WATER', 'Sterile water', 9, date '2013-04-01'),
 ('SHARPS_BIN', 'Sharps bins', 10, date '2013-04-01'),
 ('CONDOM', 'Condoms', 11, date '2013-04-01');

create table treatment_naloxone_kit_type (
    code         varchar(40)  primary key,
    label        varchar(120) not null,
    sort_order   integer      not null,
    valid_from   date         not null,
    valid_to     date
);

insert into treatment_naloxone_kit_type (code, label, sort_order, valid_from) values
 ('INJECTABLE', 'Injectable (Prenoxad)', 1, date '2013-04-01'),
 ('NASAL', 'Nasal spray (Nyxoid)', 2, date '2018-04-01');

create table treatment_nsp_visit (
    id             uuid         primary key,
    visited_on     date         not null,
    provider_id    uuid         not null references organisation (id),
    client_id      uuid         references client (id),
    pseudonym      varchar(20),
    linked_at      timestamp with time zone,
    linked_by      varchar(120),
    notes          varchar(1000),
    recorded_at    timestamp with time zone not null,
    recorded_by    varchar(120) not null,
    constraint ck_nsp_visit_who check (client_id is not null or pseudonym is not null)
);
create index ix_nsp_visit_client on treatment_nsp_visit (client_id, visited_on);
create index ix_nsp_visit_pseudonym on treatment_nsp_visit (pseudonym);

create table treatment_nsp_item (
    visit_id       uuid         not null references treatment_nsp_visit (id),
    item_code      varchar(40)  not null references treatment_nsp_item_type (code),
    given_out      integer      not null,
    returned       integer      not null,
    primary key (visit_id, item_code),
    constraint ck_nsp_item_counts check (given_out >= 0 and returned >= 0)
);

create table treatment_naloxone_supply (
    id              uuid         primary key,
    client_id       uuid         not null references client (id),
    supplied_on     date         not null,
    kit_type        varchar(40)  not null references treatment_naloxone_kit_type (code),
    quantity        integer      not null,
    recipient       varchar(20)  not null,
    recipient_name  varchar(200),
    provider_id     uuid         not null references organisation (id),
    recorded_at     timestamp with time zone not null,
    recorded_by     varchar(120) not null,
    constraint ck_naloxone_recipient check (recipient in ('CLIENT', 'CONCERNED_OTHER')),
    constraint ck_naloxone_quantity check (quantity between 1 and 20)
);
create index ix_naloxone_client on treatment_naloxone_supply (client_id, supplied_on);

create table treatment_bbv_entry (
    id               uuid         primary key,
    client_id        uuid         not null references client (id),
    virus            varchar(10)  not null,
    kind             varchar(20)  not null,
    recorded_on      date         not null,
    status           varchar(20)  not null,
    result           varchar(20),
    dose             integer,
    course_completed boolean      not null,
    provider_id      uuid         not null references organisation (id),
    recorded_at      timestamp with time zone not null,
    recorded_by      varchar(120) not null,
    constraint ck_bbv_virus check (virus in ('HEP_B', 'HEP_C', 'HIV')),
    constraint ck_bbv_kind check (kind in ('TEST', 'VACCINATION')),
    constraint ck_bbv_dose check (dose is null or dose between 1 and 3)
);
create index ix_bbv_client on treatment_bbv_entry (client_id, recorded_on);
