-- The NDTMS import store (issue 17, item 8): activity files that providers on other systems send in the dataset-K
-- layout, one ndtms_import per file loaded and one ndtms_import_row per intervention row of it (an episode with no
-- intervention has one row with the intervention columns empty). NDTMS files are cumulative full refreshes, so a
-- newer file from an agency replaces that agency's earlier rows: they are kept, marked replaced_by the newer import,
-- and report_ndtms_intervention shows only rows not replaced. Other modules read that view, never these tables.
-- Text columns are as wide as the reader lets any value be (200). attributor is the 11-character NDTMS matching
-- key: forename initial, surname initial, date of birth yyyyMMdd, sex.

create table ndtms_import (
    id           uuid          primary key,
    file_name    varchar(255)  not null,
    sha256       char(64)      not null,
    dataset      char(1)       not null,
    agency       varchar(200),
    imported_at  timestamp with time zone not null,
    imported_by  varchar(100)  not null,
    row_count    integer       not null,
    status       varchar(20)   not null,
    constraint ck_ndtms_import_status check (status in ('CURRENT', 'REPLACED')),
    constraint ck_ndtms_import_rows check (row_count >= 0)
);
create index ix_ndtms_import_sha256 on ndtms_import (sha256);
create index ix_ndtms_import_imported on ndtms_import (imported_at);

create table ndtms_import_row (
    import_id                   uuid         not null references ndtms_import (id),
    line                        integer      not null,
    agency                      varchar(200)  not null,
    client_id                   varchar(200),
    attributor                  char(11),
    born_on                     date,
    sex                         varchar(2),
    episode_id                  varchar(200)  not null,
    consent                     varchar(2),
    referred_on                 date,
    triaged_on                  date,
    care_plan_on                date,
    discharged_on               date,
    discharge_reason            varchar(4),
    drug1                       varchar(6),
    drug2                       varchar(6),
    drug3                       varchar(6),
    intervention_id             varchar(200),
    modality                    varchar(6),
    setting                     varchar(200),
    referred_to_intervention_on date,
    first_offered_on            date,
    started_on                  date,
    ended_on                    date,
    exit_code                   varchar(2),
    gp_practice                 varchar(200),
    provider_agency             varchar(200),
    replaced_by                 uuid         references ndtms_import (id),
    constraint pk_ndtms_import_row primary key (import_id, line)
);
create index ix_ndtms_import_row_agency on ndtms_import_row (agency, replaced_by, attributor);
create index ix_ndtms_import_row_attributor on ndtms_import_row (attributor, triaged_on);

-- The rows in force: every row of every import that no later file from its agency has replaced.
create view report_ndtms_intervention as
select r.import_id, r.line, r.agency, r.client_id, r.attributor, r.born_on, r.sex, r.episode_id, r.consent,
       r.referred_on, r.triaged_on, r.care_plan_on, r.discharged_on, r.discharge_reason, r.drug1, r.drug2, r.drug3,
       r.intervention_id, r.modality, r.setting, r.referred_to_intervention_on, r.first_offered_on, r.started_on,
       r.ended_on, r.exit_code, r.gp_practice, r.provider_agency
  from ndtms_import_row r
 where r.replaced_by is null;
