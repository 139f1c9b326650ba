-- The NDTMS attributor of each client (domain reference 3.5): forename initial, surname initial, date of birth as
-- yyyyMMdd, sex (1 male, 2 female, 9 otherwise), 11 characters, with the date of birth. It is how a person is
-- matched across agencies and against imported activity files; a merged record answers with the surviving one.
-- Read by indicators (persons counted once) and ndtms; no names leave this view.
create view report_client_attributor as
select c.id as client_key,
       upper(substring(s.legal_given_name, 1, 1)) || upper(substring(s.legal_family_name, 1, 1))
           || to_char(s.date_of_birth, 'YYYYMMDD')
           || case s.sex when 'MALE' then '1' when 'FEMALE' then '2' else '9' end as attributor,
       s.date_of_birth as born_on
  from client c
  join client s on s.id = coalesce(c.merged_into, c.id);
