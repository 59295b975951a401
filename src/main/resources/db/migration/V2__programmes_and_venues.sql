-- Owners: programmes (programme) and venues (venue and its child tables). Every table
-- carries organisation_id, the tenant key TenantJdbc binds on every statement; child
-- tables carry it too so that each statement on them is scoped on its own.
--
-- The *_key columns hold the lower-cased value the application compares and sorts by,
-- so that one plain index serves both databases (H2 has no expression indexes).

create table programme (
    id               uuid           primary key,
    organisation_id  uuid           not null references organisation (id),
    name             varchar(200)   not null,
    name_key         varchar(200)   not null,
    description      varchar(2000),
    term_start       date           not null,
    term_end         date           not null,
    session_minutes  integer        not null default 60,
    version          integer        not null default 0,
    constraint uq_programme_name unique (organisation_id, name_key),
    constraint ck_programme_term check (term_end >= term_start),
    constraint ck_programme_session check (session_minutes between 15 and 480)
);

create index ix_programme_term on programme (organisation_id, term_start);

create table venue (
    id                uuid           primary key,
    organisation_id   uuid           not null references organisation (id),
    name              varchar(200)   not null,
    name_key          varchar(200)   not null,
    kind              varchar(32)    not null,
    street            varchar(200),
    postcode          varchar(5),
    city              varchar(100),
    municipality      varchar(100),
    municipality_key  varchar(100),
    meeting_link      varchar(500),
    latitude          double precision,
    longitude         double precision,
    phone             varchar(40),
    email             varchar(320),
    version           integer        not null default 0,
    constraint uq_venue_name unique (organisation_id, name_key),
    constraint ck_venue_latitude check (latitude between -90 and 90),
    constraint ck_venue_longitude check (longitude between -180 and 180)
);

-- The list is paged in name order (uq_venue_name) and filtered by kind or municipality.
create index ix_venue_kind on venue (organisation_id, kind, name_key);
create index ix_venue_municipality on venue (organisation_id, municipality_key, name_key);

create table venue_room (
    id               uuid           primary key,
    organisation_id  uuid           not null references organisation (id),
    venue_id         uuid           not null references venue (id),
    sort_order       integer        not null,
    name             varchar(100)   not null,
    capacity         integer        not null,
    constraint ck_venue_room_capacity check (capacity >= 1)
);

create index ix_venue_room_venue on venue_room (organisation_id, venue_id, sort_order);

create table venue_opening_hours (
    organisation_id  uuid           not null references organisation (id),
    venue_id         uuid           not null references venue (id),
    day_of_week      smallint       not null,
    opens            time           not null,
    closes           time           not null,
    constraint pk_venue_opening_hours primary key (venue_id, day_of_week, opens),
    constraint ck_venue_opening_hours check (closes > opens and day_of_week between 1 and 7)
);

create index ix_venue_opening_hours on venue_opening_hours (organisation_id, venue_id);

create table venue_feature (
    organisation_id  uuid           not null references organisation (id),
    venue_id         uuid           not null references venue (id),
    feature          varchar(40)    not null,
    constraint pk_venue_feature primary key (venue_id, feature)
);

create index ix_venue_feature on venue_feature (organisation_id, feature, venue_id);

-- Which programmes a venue belongs to. Owned by venues; programme_id names a programme of
-- the same organisation, checked through the programmes module (no key across modules).
create table venue_programme (
    organisation_id  uuid           not null references organisation (id),
    venue_id         uuid           not null references venue (id),
    programme_id     uuid           not null,
    constraint pk_venue_programme primary key (venue_id, programme_id)
);

create index ix_venue_programme on venue_programme (organisation_id, programme_id, venue_id);
