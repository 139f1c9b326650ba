-- The versions of each contract's payment rules with the month each took effect and why (issue 18 item 3), so
-- monitoring can compare treatment before and after a change of payment rules without reading contract's tables.
create view report_contract_version as
select v.contract_id,
       c.reference   as contract_reference,
       c.name        as contract_name,
       c.status      as contract_status,
       v.version_no,
       v.effective_from,
       v.reason
  from contract_rule_version v
  join contract c on c.id = v.contract_id;
