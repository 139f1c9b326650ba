-- The self-referral throttle, shared by every node: one row per self-referral accepted from a network address (as
-- resolved through the trusted proxies, see README "Behind a load balancer"). Refused or invalid submissions are
-- not counted. Rows older than the throttle's window are deleted as new ones arrive, so the table holds at most
-- one window's addresses.
create table referral_self_referral_submission (
    id              uuid                     not null,
    source_address  varchar(100)             not null,
    submitted_at    timestamp with time zone not null,
    constraint pk_referral_self_referral_submission primary key (id)
);
create index ix_referral_self_referral_submission on referral_self_referral_submission (source_address, submitted_at);
