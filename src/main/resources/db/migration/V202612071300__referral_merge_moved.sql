-- Referrals that followed a client merge (issue 13 item 11): which rows each merge moved from the duplicate to the
-- survivor, so undoing the merge moves back exactly those. Written and read only by referral's merge listener.
create table referral_merge_moved (
    merge_id    uuid        not null,
    table_name  varchar(63) not null,
    row_id      uuid        not null,
    constraint pk_referral_merge_moved primary key (merge_id, table_name, row_id)
);
