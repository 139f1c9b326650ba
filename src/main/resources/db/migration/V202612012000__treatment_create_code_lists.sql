-- Treatment code lists (domain reference §3.3, §4): configuration data, versioned by the dates each code is valid
-- for and the NDTMS dataset letter it came from. A partnership changes them by a migration, never in Java; code
-- branches only on the named categories (discharge outcome class, intervention kind), never on a literal code.

create table treatment_intervention_type (
    code         varchar(40)  primary key,
    label        varchar(120) not null,
    ndtms_code   varchar(4),
    dataset      varchar(2)   not null,
    sort_order   integer      not null,
    valid_from   date         not null,
    valid_to     date
);

insert into treatment_intervention_type (code, label, ndtms_code, dataset, sort_order, valid_from) values
 ('PHARMACOLOGICAL', 'Pharmacological (prescribing)', '94', 'K', 1, date '2013-04-01'),
 ('PSYCHOSOCIAL', 'Psychosocial', '95', 'K', 2, date '2013-04-01'),
 ('RECOVERY_SUPPORT', 'Recovery support', '96', 'K', 3, date '2013-04-01'),
 ('INPATIENT_DETOX', 'Inpatient detoxification', '1', 'K', 4, date '2013-04-01'),
 ('RESIDENTIAL_REHAB', 'Residential rehabilitation', '6', 'K', 5, date '2013-04-01');

create table treatment_setting (
    code         varchar(40)  primary key,
    label        varchar(120) not null,
    dataset      varchar(2)   not null,
    sort_order   integer      not null,
    valid_from   date         not null,
    valid_to     date
);

insert into treatment_setting (code, label, dataset, sort_order, valid_from) values
 ('COMMUNITY', 'Community', 'K', 1, date '2013-04-01'),
 ('PRIMARY_CARE', 'Primary care (GP shared care)', 'K', 2, date '2013-04-01'),
 ('INPATIENT', 'Inpatient unit', 'K', 3, date '2013-04-01'),
 ('RESIDENTIAL', 'Residential', 'K', 4, date '2013-04-01'),
 ('RECOVERY_HOUSE', 'Recovery house', 'K', 5, date '2013-04-01');

-- Sub-interventions hang under one intervention type each (NDTMS dataset K flags).
create table treatment_sub_intervention_type (
    code               varchar(40)  primary key,
    label              varchar(120) not null,
    intervention_type  varchar(40)  not null references treatment_intervention_type (code),
    ndtms_code         varchar(10),
    dataset            varchar(2)   not null,
    sort_order         integer      not null,
    valid_from         date         not null,
    valid_to           date
);

insert into treatment_sub_intervention_type (code, label, intervention_type, ndtms_code, dataset, sort_order, valid_from) values
 ('PH_STABILISATION', 'Assessment and stabilisation', 'PHARMACOLOGICAL', 'PHSTBL', 'K', 1, date '2013-04-01'),
 ('PH_WITHDRAWAL', 'Withdrawal', 'PHARMACOLOGICAL', 'PHWTH', 'K', 2, date '2013-04-01'),
 ('PH_MAINTENANCE', 'Maintenance', 'PHARMACOLOGICAL', 'PHMAIN', 'K', 3, date '2013-04-01'),
 ('PH_RELAPSE_PREVENTION', 'Relapse prevention', 'PHARMACOLOGICAL', 'PHRELPR', 'K', 4, date '2013-04-01'),
 ('PSY_MOTIVATIONAL', 'Motivational interventions', 'PSYCHOSOCIAL', 'PSYMOTI', 'K', 10, date '2013-04-01'),
 ('PSY_CONTINGENCY', 'Contingency management', 'PSYCHOSOCIAL', 'PSYCNMG', 'K', 11, date '2013-04-01'),
 ('PSY_FAMILY_NETWORK', 'Family and social network interventions', 'PSYCHOSOCIAL', 'PSYFSNI', 'K', 12, date '2013-04-01'),
 ('PSY_CBT', 'Substance-specific cognitive behavioural therapy', 'PSYCHOSOCIAL', 'PSYCGBH', 'K', 13, date '2013-04-01'),
 ('PSY_MENTAL_HEALTH', 'Therapy for co-existing mental health problems', 'PSYCHOSOCIAL', 'PSYMNTH', 'K', 14, date '2013-04-01'),
 ('PSY_PSYCHODYNAMIC', 'Psychodynamic therapy', 'PSYCHOSOCIAL', 'PSYDNMC', 'K', 15, date '2013-04-01'),
 ('PSY_TWELVE_STEP', '12-step work', 'PSYCHOSOCIAL', 'PSYSTP', 'K', 16, date '2013-04-01'),
 ('PSY_COUNSELLING', 'Counselling (BACP accredited)', 'PSYCHOSOCIAL', 'PSYCOUN', 'K', 17, date '2013-04-01'),
 ('PSY_OTHER', 'Other psychosocial', 'PSYCHOSOCIAL', 'PSYOTHR', 'K', 18, date '2013-04-01'),
 ('REC_PEER', 'Peer support', 'RECOVERY_SUPPORT', 'RECPEER', 'K', 20, date '2013-04-01'),
 ('REC_MUTUAL_AID', 'Facilitated access to mutual aid', 'RECOVERY_SUPPORT', 'RECMAID', 'K', 21, date '2013-04-01'),
 ('REC_FAMILY', 'Family support', 'RECOVERY_SUPPORT', 'RECFMSP', 'K', 22, date '2013-04-01'),
 ('REC_PARENTING', 'Parenting support', 'RECOVERY_SUPPORT', 'RECPRNT', 'K', 23, date '2013-04-01'),
 ('REC_HOUSING', 'Housing support', 'RECOVERY_SUPPORT', 'RECHSE', 'K', 24, date '2013-04-01'),
 ('REC_EMPLOYMENT', 'Employment support', 'RECOVERY_SUPPORT', 'RECEMP', 'K', 25, date '2013-04-01'),
 ('REC_EDUCATION', 'Education and training support', 'RECOVERY_SUPPORT', 'RECEDUT', 'K', 26, date '2013-04-01'),
 ('REC_SUPPORTED_WORK', 'Supported work projects', 'RECOVERY_SUPPORT', 'RECWPRJ', 'K', 27, date '2013-04-01'),
 ('REC_CHECK_UPS', 'Recovery check-ups', 'RECOVERY_SUPPORT', 'RECCHKP', 'K', 28, date '2013-04-01'),
 ('REC_RELAPSE_PREVENTION', 'Relapse prevention (aftercare)', 'RECOVERY_SUPPORT', 'RECRLPP', 'K', 29, date '2013-04-01'),
 ('REC_COMPLEMENTARY', 'Complementary therapies', 'RECOVERY_SUPPORT', 'RECCMPT', 'K', 30, date '2013-04-01'),
 ('REC_MENTAL_HEALTH', 'Mental-health interventions', 'RECOVERY_SUPPORT', 'RECGNH', 'K', 31, date '2013-04-01'),
 ('REC_OTHER', 'Other recovery support', 'RECOVERY_SUPPORT', 'RECOTH', 'K', 32, date '2013-04-01');

-- Discharge reasons (DISRSN). outcome_class is the stable category code branches on.
create table treatment_discharge_reason (
    code           varchar(4)   primary key,
    label          varchar(160) not null,
    outcome_class  varchar(20)  not null,
    dataset        varchar(2)   not null,
    sort_order     integer      not null,
    valid_from     date         not null,
    valid_to       date,
    constraint ck_treatment_discharge_class
        check (outcome_class in ('SUCCESSFUL', 'TRANSFER', 'UNSUCCESSFUL', 'NEUTRAL', 'DIED'))
);

insert into treatment_discharge_reason (code, label, outcome_class, dataset, sort_order, valid_from) values
 ('80', 'Treatment completed: drug-free', 'SUCCESSFUL', 'K', 1, date '2009-04-01'),
 ('81', 'Treatment completed: alcohol-free', 'SUCCESSFUL', 'K', 2, date '2009-04-01'),
 ('82', 'Treatment completed: occasional user (not opiates or crack)', 'SUCCESSFUL', 'K', 3, date '2009-04-01'),
 ('83', 'Transferred: not in custody', 'TRANSFER', 'K', 4, date '2009-04-01'),
 ('84', 'Transferred: in custody', 'TRANSFER', 'K', 5, date '2009-04-01'),
 ('85', 'Incomplete: dropped out', 'UNSUCCESSFUL', 'K', 6, date '2009-04-01'),
 ('86', 'Incomplete: treatment withdrawn by provider', 'UNSUCCESSFUL', 'K', 7, date '2009-04-01'),
 ('87', 'Incomplete: retained in custody', 'NEUTRAL', 'K', 8, date '2009-04-01'),
 ('88', 'Incomplete: client declined to start treatment', 'UNSUCCESSFUL', 'K', 9, date '2009-04-01'),
 ('89', 'Incomplete: client died', 'DIED', 'K', 10, date '2009-04-01'),
 ('93', 'Transferred from residential rehab: programme completed, further community treatment needed', 'TRANSFER', 'K', 11, date '2009-04-01'),
 ('94', 'Transferred from residential rehab: programme completed, further residential treatment needed', 'TRANSFER', 'K', 12, date '2009-04-01'),
 ('95', 'Transferred from residential rehab: programme not completed, further community treatment needed', 'TRANSFER', 'K', 13, date '2009-04-01'),
 ('96', 'Transferred from residential rehab: programme not completed, further residential treatment needed', 'TRANSFER', 'K', 14, date '2009-04-01'),
 ('97', 'Transferred: young person moving to an adult service', 'TRANSFER', 'K', 15, date '2009-04-01');

-- Intervention exit status (MODEXIT).
create table treatment_exit_status (
    code        varchar(2)   primary key,
    label       varchar(120) not null,
    dataset     varchar(2)   not null,
    sort_order  integer      not null,
    valid_from  date         not null,
    valid_to    date
);

insert into treatment_exit_status (code, label, dataset, sort_order, valid_from) values
 ('A', 'Mutually agreed planned exit', 'K', 1, date '2009-04-01'),
 ('B', 'Client''s unilateral unplanned exit', 'K', 2, date '2009-04-01'),
 ('C', 'Intervention withdrawn', 'K', 3, date '2009-04-01');
