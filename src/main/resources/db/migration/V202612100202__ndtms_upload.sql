-- An NDTMS file uploaded on the import screen, waiting for its uploader to read the validation report and confirm
-- (issue 17, item 8). The report's problems are kept with it (the first 10,000), so it pages without reading the file
-- again. The content is kept only until the file is loaded; the load itself is an ndtms_import.
create table ndtms_upload (
    id             uuid          primary key,
    file_name      varchar(255)  not null,
    sha256         char(64)      not null,
    content        bytea,
    uploaded_by    varchar(100)  not null,
    uploaded_at    timestamp with time zone not null,
    row_count      integer       not null,
    error_count    integer       not null,
    warning_count  integer       not null,
    agencies       varchar(1000) not null,
    status         varchar(20)   not null,
    import_id      uuid          references ndtms_import (id),
    constraint ck_ndtms_upload_status check (status in ('PENDING', 'REFUSED', 'LOADED'))
);

create table ndtms_upload_problem (
    upload_id  uuid           not null references ndtms_upload (id),
    seq        integer        not null,
    line       integer        not null,
    field      varchar(20)    not null,
    code       varchar(40)    not null,
    message    varchar(1000)  not null,
    warning    boolean        not null,
    constraint pk_ndtms_upload_problem primary key (upload_id, seq)
);
