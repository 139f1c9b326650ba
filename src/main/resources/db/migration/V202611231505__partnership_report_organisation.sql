-- For consumers that show organisation names beside their own records (referral queues, inboxes): read this view,
-- never the organisation table.
create view report_organisation as
select id as organisation_id, organisation_type, name, ods_code, active_from, active_to
  from organisation;
