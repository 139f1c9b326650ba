-- The audit trail as other modules may read it (the IG lead's access reviews in the client module, later reports):
-- read this view, never audit_access_log. It leaves out what only the audit trail itself needs (the detail text,
-- the source address and the hash chain), and, like the table, it is only ever read: nothing writes through it.
create view report_access_log as
select seq, id, recorded_at, username, roles, organisation_id, action, subject_kind, subject_id, purpose
  from audit_access_log;
