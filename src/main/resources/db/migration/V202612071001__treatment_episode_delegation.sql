-- The lead provider lets another organisation of the partnership open and change episodes delivered by a provider
-- (for example a partner recording for a satellite clinic). Ended, never deleted.
create table treatment_episode_delegation (
    id           uuid          primary key,
    provider_id  uuid          not null,
    delegate_id  uuid          not null,
    valid_from   date          not null,
    valid_to     date,
    reason       varchar(500)  not null,
    granted_by   varchar(100)  not null,
    granted_at   timestamp with time zone not null,
    constraint ck_treatment_episode_delegation_dates check (valid_to is null or valid_to >= valid_from)
);
create index ix_treatment_episode_delegation on treatment_episode_delegation (delegate_id, provider_id);
