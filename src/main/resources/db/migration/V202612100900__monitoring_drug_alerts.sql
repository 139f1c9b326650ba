-- Issue 18 item 5: staff report unusual drug effects; a clinical lead reviews each report and closes it or issues an
-- alert from it to the partnership's staff, who acknowledge it on their home page. Nothing is deleted: a report is
-- closed, an alert withdrawn with a reason. client_id is set only when the reporter's access allowed the link.
create table monitoring_drug_effect_report (
    id                uuid                     not null,
    substance         varchar(100)             not null,
    what_happened     varchar(2000)            not null,
    place             varchar(200),
    happened_on       date                     not null,
    severity          varchar(20)              not null,
    client_id         uuid,
    reporter_id       uuid                     not null,
    reporter_name     varchar(200)             not null,
    organisation_id   uuid                     not null,
    status            varchar(20)              not null,
    review_note       varchar(1000),
    reviewed_by       varchar(100),
    reviewed_at       timestamp with time zone,
    alert_id          uuid,
    created_at        timestamp with time zone not null,
    created_by        varchar(100)             not null,
    constraint pk_monitoring_drug_effect_report primary key (id),
    constraint ck_monitoring_drug_effect_report_severity
        check (severity in ('MILD', 'MODERATE', 'SEVERE', 'LIFE_THREATENING', 'FATAL')),
    constraint ck_monitoring_drug_effect_report_status check (status in ('NEW', 'ALERTED', 'CLOSED'))
);
create index ix_monitoring_drug_effect_report_created on monitoring_drug_effect_report (created_at, id);

create table monitoring_drug_alert (
    id                 uuid                     not null,
    report_id          uuid,
    title              varchar(120)             not null,
    body               varchar(2000)            not null,
    severity           varchar(20)              not null,
    issued_at          timestamp with time zone not null,
    issued_by          varchar(100)             not null,
    issued_by_name     varchar(200)             not null,
    withdrawn_at       timestamp with time zone,
    withdrawn_by       varchar(100),
    withdrawal_reason  varchar(500),
    constraint pk_monitoring_drug_alert primary key (id),
    constraint ck_monitoring_drug_alert_severity check (severity in ('INFORMATION', 'WARNING', 'URGENT')),
    constraint ck_monitoring_drug_alert_withdrawn check ((withdrawn_at is null) = (withdrawal_reason is null))
);
create index ix_monitoring_drug_alert_issued on monitoring_drug_alert (issued_at, id);

-- One row per person who acknowledged an alert: the primary key makes a second acknowledgement a no-op.
create table monitoring_drug_alert_ack (
    alert_id         uuid                     not null,
    user_id          uuid                     not null,
    user_name        varchar(200)             not null,
    acknowledged_at  timestamp with time zone not null,
    constraint pk_monitoring_drug_alert_ack primary key (alert_id, user_id),
    constraint fk_monitoring_drug_alert_ack foreign key (alert_id) references monitoring_drug_alert (id)
);
