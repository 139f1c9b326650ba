-- Prescribing courses for reporting: when each opioid substitution course ran, by episode. Indicators read it to
-- tell an opiate completion made while still on substitute medication (domain reference 5.1). Voided rows excluded.
create view report_prescribing_course as
select id as course_id, episode_id, client_id as client_key, medicine, started_on, stopped_on
  from treatment_prescribing_course
 where voided_at is null;
