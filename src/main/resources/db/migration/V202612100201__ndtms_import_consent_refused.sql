-- A client who refused NDTMS consent is sent with only AGNCY, CLIENTID and CONSENT (domain reference §3.6): such a
-- row has no episode, so the column admits none. The row still counts the client for the agency.
alter table ndtms_import_row alter column episode_id drop not null;
