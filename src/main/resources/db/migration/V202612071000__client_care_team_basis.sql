-- The clinical basis of a care-team entry added by hand (ACCEPTED_REFERRAL, EPISODE or TEAM_MANAGER); entries that
-- modules add keep their source_kind as their basis. Shown in the IG lead's review of care-team changes.
alter table client_care_team add column basis varchar(40);
create index ix_client_care_team_created on client_care_team (created_at);
