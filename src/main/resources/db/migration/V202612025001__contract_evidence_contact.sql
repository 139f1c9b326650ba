-- Attended contacts in an evidence snapshot, for the ATTENDED_CONTACT counting rule (issue 7 item 2, domain
-- reference A4): one row per attended appointment or group-session attendance recorded in OneDoor up to the
-- snapshot's as-of day, read from treatment's report_contact view. Pseudonymous like the intervention rows: the same
-- client key, the episode's id for an appointment (empty for a group session, which belongs to no episode). A
-- snapshot loaded from an NDTMS activity file has none: dataset K carries no contact dates. Written once with the
-- snapshot, never updated or deleted.
create table contract_evidence_contact (
    snapshot_id   uuid         not null references contract_evidence_snapshot (id),
    line_no       integer      not null,
    client_key    varchar(64)  not null,
    episode_key   varchar(64),
    contact_on    date         not null,
    contact_type  varchar(20)  not null,
    constraint pk_contract_evidence_contact primary key (snapshot_id, line_no),
    constraint ck_contract_evidence_contact_type check (contact_type in ('APPOINTMENT', 'GROUP_SESSION'))
);
-- Months are ranges of contact days; the open intervention of the same client is looked up by client key.
create index ix_contract_evidence_contact_day on contract_evidence_contact (snapshot_id, contact_on, client_key);
create index ix_contract_evidence_contact_client on contract_evidence_contact (snapshot_id, client_key, contact_on);
