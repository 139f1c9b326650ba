-- The rate as the statement page shows it ("£9,710.42 (exactly £116,525.00 ÷ 12)"); the rate column keeps the
-- decimal the CSV and XLSX exports carry. Lines stored before have none and show their decimal.
alter table contract_payment_line add column rate_text varchar(200);
