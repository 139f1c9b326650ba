-- Code lists the single point of contact uses. They are configuration data: a partnership changes them by a
-- migration (or, later, an administration screen), never in Java.

create table referral_source (
    code        varchar(40)  primary key,
    label       varchar(120) not null,
    ndtms_code  varchar(4),
    sort_order  integer      not null,
    valid_to    date
);

insert into referral_source (code, label, ndtms_code, sort_order) values
 ('SELF', 'Self', '4', 1),
 ('CONCERNED_OTHER', 'Family member, friend or carer', '25', 2),
 ('GP', 'GP practice', '3', 3),
 ('HOSPITAL', 'General hospital', '22', 4),
 ('A_AND_E', 'Accident and emergency', '9', 5),
 ('MENTAL_HEALTH', 'Mental health services', '11', 6),
 ('SOCIAL_SERVICES', 'Social services', '19', 7),
 ('PROBATION', 'Probation', '8', 8),
 ('CRIMINAL_JUSTICE', 'Police custody or court', '5', 9),
 ('PRISON', 'Prison', '13', 10),
 ('HOUSING', 'Housing or homelessness service', '15', 11),
 ('SYRINGE_EXCHANGE', 'Needle and syringe programme', '10', 12),
 ('OTHER_DRUG_SERVICE', 'Another drug or alcohol service', '2', 13),
 ('EMPLOYMENT', 'Employment service', '14', 14),
 ('EDUCATION', 'Education', '16', 15),
 ('OTHER', 'Other', '15', 16);

-- Problem substances, each mapped to the substance group of the practice service menu (routing uses the map).
create table referral_substance (
    code             varchar(40)  primary key,
    label            varchar(120) not null,
    ndtms_code       varchar(4),
    substance_group  varchar(40)  not null references substance_group (code),
    sort_order       integer      not null,
    valid_to         date
);

insert into referral_substance (code, label, ndtms_code, substance_group, sort_order) values
 ('ALCOHOL', 'Alcohol', '7000', 'ALCOHOL', 1),
 ('HEROIN', 'Heroin', '1011', 'OPIATES', 2),
 ('METHADONE_ILLICIT', 'Methadone (not prescribed)', '1105', 'OPIATES', 3),
 ('BUPRENORPHINE_ILLICIT', 'Buprenorphine (not prescribed)', null, 'OPIATES', 4),
 ('OTHER_OPIATES', 'Other opiates', '1000', 'OPIATES', 5),
 ('CRACK', 'Crack cocaine', '3201', 'CRACK_COCAINE', 6),
 ('COCAINE', 'Cocaine (powder)', '3200', 'CRACK_COCAINE', 7),
 ('AMPHETAMINES', 'Amphetamines', '3100', 'OTHER_STIMULANTS', 8),
 ('ECSTASY', 'Ecstasy', '3406', 'OTHER_STIMULANTS', 9),
 ('KETAMINE', 'Ketamine', null, 'OTHER_STIMULANTS', 10),
 ('CANNABIS', 'Cannabis', '5000', 'CANNABIS', 11),
 ('NPS', 'New psychoactive substances', null, 'NPS', 12),
 ('BENZODIAZEPINES', 'Benzodiazepines', '2200', 'MEDICINES', 13),
 ('GABAPENTINOIDS', 'Pregabalin or gabapentin', null, 'MEDICINES', 14),
 ('PRESCRIPTION_OPIOIDS', 'Prescribed opioid painkillers', '9005', 'MEDICINES', 15),
 ('SOLVENTS', 'Solvents', '6000', 'OTHER_STIMULANTS', 16),
 ('OTHER', 'Other drug', '8799', 'OTHER_STIMULANTS', 17);
