-- Referral sources with their NDTMS codes (RFLS), for the national extract (issue 17 item 7).
create view report_referral_source as
select code, label, ndtms_code, sort_order, valid_to
  from referral_source;
