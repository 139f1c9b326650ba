-- Issue 16: a holistic assessment's goal is sent to the care plan in one step. The care plan learns the area of life
-- the holistic assessment calls "social network and isolation", and each goal remembers the outcome record and item it
-- came from, so the same goal is not sent twice (assessment's record id; treatment never reads assessment's tables).
insert into treatment_goal_domain (code, label, sort_order, valid_from) values
 ('SOCIAL_NETWORK', 'Social network and isolation', 11, date '2013-04-01');

alter table treatment_care_plan_goal add column source_record_id uuid;
alter table treatment_care_plan_goal add column source_item varchar(60);
create index ix_treatment_goal_source on treatment_care_plan_goal (source_record_id);
