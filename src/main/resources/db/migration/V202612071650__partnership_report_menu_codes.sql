-- The practice menu's code lists for consumers that show their labels beside their own records (referral triage,
-- the inbox of a practice): read these views, never menu_intervention or substance_group.
create view report_menu_intervention as
select code, label, description, sort_order
  from menu_intervention;

create view report_substance_group as
select code, label, sort_order
  from substance_group;
