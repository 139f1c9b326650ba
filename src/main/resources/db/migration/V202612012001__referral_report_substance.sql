-- The problem-substance code list for consumers (treatment records episode substances against it): read this view,
-- never the referral_substance table.
create view report_substance as
select code, label, ndtms_code, substance_group, sort_order, valid_to
  from referral_substance;

-- report_referral gains the client a referral was linked to on acceptance, so treatment can open an episode from it.
drop view report_referral;
create view report_referral as
select r.id as referral_id, r.reference, r.channel, r.status, r.urgent, r.source, r.substance_1, r.substance_2,
       r.substance_3, r.substance_group, r.needed_intervention, r.triage_outcome, r.allocated_to, r.gp_practice_id,
       r.received_at, r.triaged_at, r.allocated_at, r.accepted_at, r.closed_at,
       r.first_appointment_offered_on, r.first_intervention_started_on, r.client_id
  from referral r
 where r.voided_at is null;
