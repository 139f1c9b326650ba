-- The client a referral is about, set when the receiving organisation accepts it (issue 5): the referral's part of
-- the client's subject-access export and the link from the referral page to the shared record.
alter table referral add column client_id uuid references client (id);
create index ix_referral_client on referral (client_id);
