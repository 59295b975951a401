-- Owner: people. Mentors and seniors share one table (kind tells them apart), so that a
-- search, a consent or an import treats both alike. Multi-valued profile fields are child
-- tables, each scoped by organisation_id like every table in Tandem.

create table person (
    id                       uuid          primary key,
    organisation_id          uuid          not null references organisation (id),
    kind                     varchar(10)   not null,
    status                   varchar(10)   not null,
    first_name               varchar(100)  not null,
    last_name                varchar(100)  not null,
    year_of_birth            integer       not null,
    gender                   varchar(12)   not null,
    phone                    varchar(20),
    email                    varchar(320),
    street                   varchar(200),
    postcode                 varchar(10),
    city                     varchar(100),
    contact_channel          varchar(20)   not null,
    home_visits              boolean       not null,
    school                   varchar(200),
    school_class             varchar(50),
    capacity                 integer       not null,
    preferred_mentor_gender  varchar(12),
    notes                    varchar(2000),
    source                   varchar(10)   not null,
    search_text              varchar(800)  not null,
    created_at               timestamp with time zone not null,
    version                  integer       not null default 0
);

create index ix_person_list on person (organisation_id, kind, last_name, first_name);
create index ix_person_phone on person (organisation_id, phone);
create index ix_person_email on person (organisation_id, email);

create table person_language (
    organisation_id  uuid        not null references organisation (id),
    person_id        uuid        not null references person (id) on delete cascade,
    position         integer     not null,
    language         varchar(3)  not null,
    primary key (person_id, language)
);
create index ix_person_language on person_language (organisation_id, language, person_id);

create table person_device (
    organisation_id  uuid         not null references organisation (id),
    person_id        uuid         not null references person (id) on delete cascade,
    device           varchar(20)  not null,
    primary key (person_id, device)
);

create table person_topic (
    organisation_id  uuid     not null references organisation (id),
    person_id        uuid     not null references person (id) on delete cascade,
    topic_id         uuid     not null,
    priority         integer  not null,
    primary key (person_id, topic_id)
);
create index ix_person_topic on person_topic (organisation_id, topic_id, person_id);

create table person_availability (
    organisation_id  uuid        not null references organisation (id),
    person_id        uuid        not null references person (id) on delete cascade,
    day_of_week      integer     not null,
    starts_at        time        not null,
    ends_at          time        not null,
    primary key (person_id, day_of_week, starts_at)
);

create table person_venue (
    organisation_id  uuid  not null references organisation (id),
    person_id        uuid  not null references person (id) on delete cascade,
    venue_id         uuid  not null,
    primary key (person_id, venue_id)
);
create index ix_person_venue on person_venue (organisation_id, venue_id, person_id);

create table person_programme (
    organisation_id  uuid  not null references organisation (id),
    person_id        uuid  not null references person (id) on delete cascade,
    programme_id     uuid  not null,
    primary key (person_id, programme_id)
);
create index ix_person_programme on person_programme (organisation_id, programme_id, person_id);

create table person_accessibility (
    organisation_id  uuid         not null references organisation (id),
    person_id        uuid         not null references person (id) on delete cascade,
    need             varchar(20)  not null,
    primary key (person_id, need)
);

create table consent (
    id               uuid          primary key,
    organisation_id  uuid          not null references organisation (id),
    person_id        uuid          not null references person (id),
    purpose          varchar(30)   not null,
    given_by         varchar(10)   not null,
    guardian_name    varchar(200),
    method           varchar(20)   not null,
    given_at         timestamp with time zone not null,
    recorded_by      uuid,
    withdrawn_at     timestamp with time zone,
    withdrawn_by     uuid
);
create index ix_consent_person on consent (organisation_id, person_id);

create table guardian_request (
    id               uuid          primary key,
    organisation_id  uuid          not null references organisation (id),
    person_id        uuid          not null references person (id),
    token_hash       varchar(64)   not null,
    guardian_name    varchar(200)  not null,
    guardian_contact varchar(320)  not null,
    created_at       timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    used_at          timestamp with time zone,
    constraint uq_guardian_request_token unique (token_hash)
);

create table background_check (
    id               uuid          primary key,
    organisation_id  uuid          not null references organisation (id),
    person_id        uuid          not null references person (id),
    checked_on       date          not null,
    expires_on       date          not null,
    reference        varchar(100)  not null,
    recorded_by      uuid,
    recorded_at      timestamp with time zone not null
);
create index ix_background_check_person on background_check (organisation_id, person_id);
