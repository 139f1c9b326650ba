-- What a snapshot costs to write (issue 15; docs/performance.md, Payment runs). A national month end writes 354,081
-- evidence rows in one statement, and every index and row trigger on the table is paid once per row.
--
-- The foreign keys from the evidence rows to their snapshot header are checked by a trigger once per row. The
-- snapshot store guarantees what they guarded instead: a snapshot's header and rows are written in one transaction
-- by one of two writers, and nothing updates or deletes them (ADR 0017, EvidenceWritersTest,
-- SnapshotIntegrityIntegrationTest). The constraints were declared without names: these are PostgreSQL's and H2's.
alter table contract_evidence_intervention drop constraint if exists contract_evidence_intervention_snapshot_id_fkey;
alter table contract_evidence_intervention drop constraint if exists "CONSTRAINT_2F";
alter table contract_evidence_contact drop constraint if exists contract_evidence_contact_snapshot_id_fkey;
alter table contract_evidence_contact drop constraint if exists "CONSTRAINT_1C9";
-- Three secondary indexes that the reads do without. Each held mostly repeated keys (the snapshot with an empty end
-- or discharge day, or one of a few thousand practices) and cost more to maintain on a bulk insert than the others
-- together: about 5 s of CPU of the 14 s the national snapshot statement took. What reads a snapshot now:
-- - a contract's rows of a shared snapshot: ix_contract_evidence_agency_discharge (which also ranges over the
--   discharge days of a whole snapshot, its middle column unconstrained) and ix_contract_evidence_operating;
-- - a client's other episodes (returns, re-presentations, paid-for episodes): ix_contract_evidence_client;
-- - a whole snapshot (a contract without agency codes): the primary key's or the agency index's leading column.
-- The plans were checked with explain analyze on PostgreSQL before and after (docs/performance.md).
drop index ix_contract_evidence_open;
drop index ix_contract_evidence_discharge;
drop index ix_contract_evidence_practice;
