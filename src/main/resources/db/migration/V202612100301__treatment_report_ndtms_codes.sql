-- Treatment's code lists with their NDTMS codes (domain reference 4), for the national extract (issue 17 item 7):
-- the intervention type (MODAL). Discharge reasons and exit statuses are already held as their NDTMS codes.
create view report_intervention_type as
select code, label, ndtms_code, dataset, valid_from, valid_to
  from treatment_intervention_type;
