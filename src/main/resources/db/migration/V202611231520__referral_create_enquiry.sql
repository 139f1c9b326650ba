-- Enquiries: calls to the single point of contact for advice, information or signposting only (not a referral).
-- Topics and outcomes are code lists; enquiries are voided with a reason, never deleted.

create table referral_enquiry_topic (
    code        varchar(40)  primary key,
    label       varchar(120) not null,
    sort_order  integer      not null,
    valid_to    date
);

insert into referral_enquiry_topic (code, label, sort_order) values
 ('ALCOHOL_ADVICE', 'Alcohol advice', 1),
 ('DRUG_ADVICE', 'Drug advice', 2),
 ('NALOXONE', 'Naloxone', 3),
 ('NEEDLE_EXCHANGE', 'Needle exchange', 4),
 ('FAMILY_CARER_SUPPORT', 'Family or carer support', 5),
 ('SERVICE_INFORMATION', 'Service information', 6),
 ('OTHER', 'Other', 7);

create table referral_enquiry_outcome (
    code        varchar(40)  primary key,
    label       varchar(120) not null,
    sort_order  integer      not null,
    valid_to    date
);

insert into referral_enquiry_outcome (code, label, sort_order) values
 ('ADVICE_GIVEN', 'Advice given', 1),
 ('INFORMATION_SENT', 'Information sent', 2),
 ('SIGNPOSTED', 'Signposted elsewhere', 3),
 ('REFERRAL_MADE', 'Referral made', 4),
 ('CALL_BACK', 'Call back arranged', 5);

create table referral_enquiry (
    id             uuid         primary key,
    topic          varchar(40)  not null references referral_enquiry_topic (code),
    caller_type    varchar(20)  not null,
    outcome        varchar(40)  not null references referral_enquiry_outcome (code),
    signposted_to  varchar(200),
    notes          varchar(2000),
    received_at    timestamp with time zone not null,
    received_by    varchar(100) not null,
    version        integer      not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(100) not null,
    changed_at     timestamp with time zone,
    changed_by     varchar(100),
    voided_at      timestamp with time zone,
    voided_by      varchar(100),
    void_reason    varchar(400),
    constraint ck_referral_enquiry_caller_type check (caller_type in ('SELF', 'FAMILY_OR_FRIEND', 'PROFESSIONAL'))
);
create index ix_referral_enquiry_received on referral_enquiry (received_at);
create index ix_referral_enquiry_topic on referral_enquiry (topic, received_at);

-- Possible duplicate referrals are looked for among referrals with the same date of birth (DuplicateCandidates).
create index ix_referral_date_of_birth on referral (date_of_birth);
