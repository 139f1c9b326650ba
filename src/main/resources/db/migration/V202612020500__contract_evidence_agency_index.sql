-- A contract chooses its rows of a shared snapshot by NDTMS agency code, matched against the agency or the operating
-- agency (EvidenceFilter). Without these, every payment run of every contract read the whole snapshot: on a national
-- snapshot of 350,000 clients and 152 contracts, 40 ms of sequential scan per query (docs/performance.md, Payment
-- runs). With them the two conditions are a bitmap OR of two index scans.
create index ix_contract_evidence_agency on contract_evidence_intervention (snapshot_id, agency_code);
create index ix_contract_evidence_operating on contract_evidence_intervention (snapshot_id, operating_agency_code);
