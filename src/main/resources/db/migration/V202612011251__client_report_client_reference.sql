-- For modules that link their records to a client and show the link (the referral page): the client's reference
-- and, for a merged record, the survivor's. No identifiers: read it, never the client table.
create view report_client_reference as
select c.id as client_id, c.reference, coalesce(s.id, c.id) as current_client_id,
       coalesce(s.reference, c.reference) as current_reference
  from client c
  left join client s on s.id = c.merged_into;
