-- Owner: imports. An uploaded list of mentors or seniors, kept between the preview and
-- the commit (which may be served by different requests and instances), with the problems
-- its preview found. The file itself is dropped once its people are in the registry.

create table person_import (
    id                 uuid           primary key,
    organisation_id    uuid           not null references organisation (id),
    kind               varchar(10)    not null,
    file_name          varchar(255)   not null,
    file_format        varchar(4)     not null,
    file_encoding      varchar(20),
    column_separator   varchar(2),
    content            bytea,
    content_size       integer        not null,
    headers            varchar(40000) not null,
    sample             varchar(40000) not null,
    mapping            varchar(4000)  not null,
    missing_columns    varchar(200)   not null,
    status             varchar(12)    not null,
    row_count          integer        not null,
    error_count        integer        not null,
    error_rows         integer        not null,
    duplicate_count    integer        not null,
    rows_total         integer        not null default 0,
    rows_done          integer        not null default 0,
    imported_count     integer,
    uploaded_by        uuid,
    created_at         timestamp with time zone not null,
    changed_at         timestamp with time zone not null,
    finished_at        timestamp with time zone
);

create index ix_person_import_recent on person_import (organisation_id, created_at);

create table person_import_error (
    organisation_id  uuid          not null references organisation (id),
    import_id        uuid          not null references person_import (id) on delete cascade,
    position         integer       not null,
    line             integer       not null,
    column_name      varchar(200),
    field            varchar(30),
    rule             varchar(60)   not null,
    message_key      varchar(120)  not null,
    arguments        varchar(400)  not null,
    cell_value       varchar(200),
    primary key (import_id, position)
);
