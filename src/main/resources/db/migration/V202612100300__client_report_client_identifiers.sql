-- The client's identifiers for the national submission (issue 17 item 7), as domain reference 3.3 and 3.5 need them:
-- legal names (for the attributor's initials), date of birth, sex, ethnicity, postcode, accommodation need and the
-- registered practice. Its name says it carries identifiers: only ndtms (and later fhir) read it. Voided records and
-- records merged into another are left out; their episodes moved to the survivor.
create view report_client_identifiers as
select c.id as client_id, c.reference, c.legal_given_name, c.legal_family_name, c.date_of_birth, c.sex,
       c.ethnicity, c.postcode, c.accommodation, c.gp_practice_id
  from client c
 where c.voided_at is null and c.merged_into is null;
