-- Treatment rows that followed a client merge (issue 13 item 11): episodes, care-plan goals, appointments,
-- prescribing courses, group enrolments and attendances, harm-reduction entries and linked concerned others. One
-- row per row moved, keyed by the merge, so undoing it moves back exactly those rows.
create table treatment_merge_moved (
    merge_id    uuid        not null,
    table_name  varchar(63) not null,
    row_id      uuid        not null,
    constraint pk_treatment_merge_moved primary key (merge_id, table_name, row_id)
);
