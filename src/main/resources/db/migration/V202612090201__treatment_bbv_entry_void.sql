-- A blood-borne-virus entry recorded in error is voided with a reason, never deleted (issue 16: harm reduction tells
-- assessment when a test is voided, so a voided hepatitis C test leaves report_outcome as late data).
alter table treatment_bbv_entry add column voided_at timestamp with time zone;
alter table treatment_bbv_entry add column voided_by varchar(120);
alter table treatment_bbv_entry add column void_reason varchar(500);
