-- The kind of each payment rule of a contract version (BLOCK, RETAINER, PER_CLIENT_PER_MONTH, PAYMENT_BY_OUTCOMES,
-- OUTCOME_MEASURE, QUALITY_WITHHOLD), written with the version so SQL can group payments by kind without reading the
-- version's YAML. Versions stored before this table existed have no rows here; the view reads them as UNRECORDED.
create table contract_version_rule (
    contract_id     uuid          not null,
    version_no      integer       not null,
    rule            varchar(200)  not null,
    kind            varchar(30)   not null,
    constraint pk_contract_version_rule primary key (contract_id, version_no, rule),
    constraint fk_contract_version_rule_version foreign key (contract_id, version_no)
        references contract_rule_version (contract_id, version_no)
);

-- What each contract's statement pays in each month, by rule kind (issue 18 item 1): the lines of the statement's
-- last run, netted per kind. amount is what the kind pays this month (a withhold is negative while held and positive
-- when released); adjustments is the part of it that corrects an earlier month of the financial year. One row per
-- contract, pay month and rule kind; the statement's status (DRAFT or APPROVED) and total come on every row. Monitoring
-- reads this view and never contract's tables; it names no client.
create view report_payment_summary as
select s.contract_id,
       c.reference                         as contract_reference,
       c.name                              as contract_name,
       s.pay_month,
       s.status                            as statement_status,
       s.total                             as statement_total,
       coalesce(k.kind, 'UNRECORDED')      as rule_kind,
       sum(l.amount)                       as amount,
       sum(case when l.kind = 'ADJUSTMENT' then l.amount else 0 end) as adjustments
  from contract_statement s
  join contract c on c.id = s.contract_id
  join contract_payment_run r on r.statement_id = s.id and r.run_no = s.run_count
  join contract_payment_line l on l.run_id = r.id
  left join contract_version_rule k
         on k.contract_id = s.contract_id and k.version_no = r.contract_version and k.rule = l.rule
 group by s.contract_id, c.reference, c.name, s.pay_month, s.status, s.total, coalesce(k.kind, 'UNRECORDED');
