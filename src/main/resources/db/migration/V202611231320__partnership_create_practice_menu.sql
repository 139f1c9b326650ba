-- The practice service menu: which interventions each GP practice hosts, per substance group, over dated periods
-- with an optional monthly capacity for new clients. Code lists are reference data.

create table menu_intervention (
    code        varchar(40)  primary key,
    label       varchar(120) not null,
    description varchar(400) not null,
    sort_order  integer      not null
);

insert into menu_intervention (code, label, description, sort_order) values
 ('BRIEF_ADVICE', 'Brief advice', 'A short conversation with feedback on risk and written information', 1),
 ('EXTENDED_BRIEF_INTERVENTION', 'Extended brief intervention', 'Several structured sessions using motivational techniques', 2),
 ('STRUCTURED_PSYCHOSOCIAL', 'Structured psychosocial treatment', 'A care-planned course of psychosocial treatment', 3),
 ('SHARED_CARE_PRESCRIBING', 'Shared-care prescribing', 'Prescribing by the practice with specialist support', 4),
 ('GROUP_WORK_HOSTING', 'Group-work hosting', 'Rooms for partnership group sessions', 5);

create table substance_group (
    code        varchar(40)  primary key,
    label       varchar(120) not null,
    sort_order  integer      not null
);

insert into substance_group (code, label, sort_order) values
 ('ALCOHOL', 'Alcohol', 1),
 ('OPIATES', 'Opiates', 2),
 ('CRACK_COCAINE', 'Crack and cocaine', 3),
 ('OTHER_STIMULANTS', 'Other stimulants', 4),
 ('CANNABIS', 'Cannabis', 5),
 ('NPS', 'New psychoactive substances', 6),
 ('MEDICINES', 'Addiction to medicines', 7);

create table practice_offer (
    id                uuid        primary key,
    practice_id       uuid        not null references organisation (id),
    intervention      varchar(40) not null references menu_intervention (code),
    substance_group   varchar(40) not null references substance_group (code),
    effective_from    date        not null,
    effective_to      date,
    monthly_capacity  integer,
    version           integer     not null,
    created_at        timestamp with time zone not null,
    created_by        varchar(100) not null,
    changed_at        timestamp with time zone,
    changed_by        varchar(100),
    withdrawn_at      timestamp with time zone,
    withdrawn_by      varchar(100),
    withdrawn_reason  varchar(400),
    constraint ck_practice_offer_dates check (effective_to is null or effective_to >= effective_from),
    constraint ck_practice_offer_capacity check (monthly_capacity is null or monthly_capacity >= 0)
);
create index ix_practice_offer_cell on practice_offer (intervention, substance_group, effective_from);
create index ix_practice_offer_practice on practice_offer (practice_id);

-- A place taken from a practice's monthly capacity by an allocated referral; released when the referral is returned.
create table practice_capacity_hold (
    id               uuid        primary key,
    practice_id      uuid        not null references organisation (id),
    intervention     varchar(40) not null references menu_intervention (code),
    substance_group  varchar(40) not null references substance_group (code),
    capacity_month   date        not null,
    held_for         uuid        not null,
    held_at          timestamp with time zone not null,
    held_by          varchar(100) not null,
    released_at      timestamp with time zone,
    released_by      varchar(100)
);
create index ix_practice_capacity_hold_cell on practice_capacity_hold (practice_id, intervention, substance_group, capacity_month);
create index ix_practice_capacity_hold_for on practice_capacity_hold (held_for);

-- For consumers (routing, monitoring): offers in force, excluding withdrawn ones.
create view report_practice_menu as
select o.id as offer_id, o.practice_id, p.ods_code, p.name as practice_name, o.intervention, o.substance_group,
       o.effective_from, o.effective_to, o.monthly_capacity
  from practice_offer o
  join organisation p on p.id = o.practice_id
 where o.withdrawn_at is null;
