-- Care plans (issue 6 item 2): an episode's goals across the life domains, each with a target date, a status and
-- dated reviews. The domains are a versioned code list (configuration, not Java). Goals are voided with a reason,
-- never deleted; every status a goal has had is kept in treatment_goal_status_history.

create table treatment_goal_domain (
    code         varchar(40)  primary key,
    label        varchar(120) not null,
    sort_order   integer      not null,
    valid_from   date         not null,
    valid_to     date
);

insert into treatment_goal_domain (code, label, sort_order, valid_from) values
 ('SUBSTANCE_USE', 'Substance use', 1, date '2013-04-01'),
 ('PHYSICAL_HEALTH', 'Physical health', 2, date '2013-04-01'),
 ('MENTAL_HEALTH', 'Mental health', 3, date '2013-04-01'),
 ('HOUSING', 'Housing', 4, date '2013-04-01'),
 ('MONEY_BENEFITS', 'Money and benefits', 5, date '2013-04-01'),
 ('EMPLOYMENT_EDUCATION', 'Employment and education', 6, date '2013-04-01'),
 ('FAMILY_RELATIONSHIPS', 'Family and relationships', 7, date '2013-04-01'),
 ('OFFENDING', 'Offending', 8, date '2013-04-01'),
 ('TRANSPORT', 'Transport', 9, date '2013-04-01'),
 ('FOOD', 'Food', 10, date '2013-04-01');

create table treatment_care_plan_goal (
    id               uuid          primary key,
    episode_id       uuid          not null references treatment_episode (id),
    client_id        uuid          not null,
    domain           varchar(40)   not null references treatment_goal_domain (code),
    goal_text        varchar(2000) not null,
    target_date      date          not null,
    status           varchar(20)   not null,
    set_on           date          not null,
    next_review_due  date          not null,
    version          integer       not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(100)  not null,
    changed_at       timestamp with time zone,
    changed_by       varchar(100),
    voided_at        timestamp with time zone,
    voided_by        varchar(100),
    void_reason      varchar(500),
    constraint ck_treatment_goal_status check (status in ('NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED', 'NO_LONGER_RELEVANT'))
);
create index ix_treatment_goal_episode on treatment_care_plan_goal (episode_id, next_review_due);

create table treatment_goal_review (
    id               uuid          primary key,
    goal_id          uuid          not null references treatment_care_plan_goal (id),
    reviewed_on      date          not null,
    summary          varchar(2000) not null,
    status           varchar(20)   not null,
    next_review_due  date,
    created_at       timestamp with time zone not null,
    created_by       varchar(100)  not null,
    voided_at        timestamp with time zone,
    voided_by        varchar(100),
    void_reason      varchar(500)
);
create index ix_treatment_goal_review on treatment_goal_review (goal_id, reviewed_on);

create table treatment_goal_status_history (
    id          uuid         primary key,
    goal_id     uuid         not null references treatment_care_plan_goal (id),
    status      varchar(20)  not null,
    changed_on  date         not null,
    review_id   uuid         references treatment_goal_review (id),
    changed_at  timestamp with time zone not null,
    changed_by  varchar(100) not null
);
create index ix_treatment_goal_status_history on treatment_goal_status_history (goal_id, changed_at);
