-- A contract's completions are its rows of a shared snapshot discharged in a range of days. With the agency index on
-- (snapshot_id, agency_code) alone, PostgreSQL chose between it and (snapshot_id, discharged_on), which ranges over
-- the discharges of the whole national snapshot and throws away most of what it reads (docs/performance.md, Payment
-- runs). This index finds a contract's discharges directly, and also serves every query that the old one served
-- (its leading columns), so it replaces it.
create index ix_contract_evidence_agency_discharge
    on contract_evidence_intervention (snapshot_id, agency_code, discharged_on);
drop index ix_contract_evidence_agency;
