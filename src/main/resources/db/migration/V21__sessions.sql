-- Owner: sessions. A planned session is a single meeting or a weekly series of them: a
-- one-to-one session of an approved pair, or a workshop with a title, several mentors and
-- seniors up to a capacity. The series keeps the plan in wall-clock terms (first day,
-- local start and end, the organisation's time zone, every N weeks until a day or for a
-- count) so that a meeting stays at 14:00 local across a change to or from summer time;
-- every occurrence is also materialised as instants, which is what clashes are checked
-- against and what the calendar feeds read. An occurrence keeps the start it was planned
-- with (a moved one is a calendar RECURRENCE-ID) and a sequence number bumped on every
-- change (SEQUENCE). Skipped dates (holidays) stay as SKIPPED occurrences so that the
-- feed can exclude them.

create table sessions_session (
    id               uuid          primary key,
    organisation_id  uuid          not null references organisation (id),
    programme_id     uuid          not null,
    kind             varchar(10)   not null,
    pair_id          uuid,
    title            varchar(200)  not null,
    capacity         integer,
    place            varchar(10)   not null,
    venue_id         uuid,
    room_id          uuid,
    meeting_link     varchar(500),
    first_day        date          not null,
    local_start      time          not null,
    local_end        time          not null,
    time_zone        varchar(60)   not null,
    every_weeks      integer,
    until_day        date,
    planned_count    integer,
    created_by       uuid,
    created_at       timestamp with time zone not null,
    constraint ck_sessions_session_kind check (kind in ('ONE_TO_ONE', 'WORKSHOP')),
    constraint ck_sessions_session_place check (place in ('VENUE', 'HOME', 'ONLINE'))
);

create index ix_sessions_session_programme on sessions_session (organisation_id, programme_id);
create index ix_sessions_session_pair on sessions_session (organisation_id, pair_id);

create table sessions_occurrence (
    id               uuid          primary key,
    organisation_id  uuid          not null references organisation (id),
    session_id       uuid          not null references sessions_session (id),
    position         integer       not null,
    original_start   timestamp with time zone not null,
    starts_at        timestamp with time zone not null,
    ends_at          timestamp with time zone not null,
    place            varchar(10)   not null,
    venue_id         uuid,
    room_id          uuid,
    meeting_link     varchar(500),
    status           varchar(10)   not null,
    reason           varchar(500),
    sequence         integer       not null,
    changed_at       timestamp with time zone not null,
    constraint ck_sessions_occurrence_status check (status in ('PLANNED', 'CANCELLED', 'SKIPPED')),
    constraint ck_sessions_occurrence_place check (place in ('VENUE', 'HOME', 'ONLINE')),
    constraint ck_sessions_occurrence_times check (ends_at > starts_at),
    constraint uq_sessions_occurrence_position unique (session_id, position)
);

create index ix_sessions_occurrence_session on sessions_occurrence (organisation_id, session_id, starts_at);
create index ix_sessions_occurrence_time on sessions_occurrence (organisation_id, starts_at);
-- Clash checks look rooms and people up with "in (...)" lists, which H2 uses only on an
-- index's first column (see V20): these two start with the room and the person.
create index ix_sessions_occurrence_room on sessions_occurrence (room_id, organisation_id, starts_at);

-- Who takes part: the pair's mentor and senior, or a workshop's mentors and its seniors,
-- booked or waiting in the order they signed up. A cancelled sign-up is kept.
create table sessions_participant (
    organisation_id  uuid          not null references organisation (id),
    session_id       uuid          not null references sessions_session (id),
    person_id        uuid          not null,
    role             varchar(10)   not null,
    status           varchar(10)   not null,
    signed_up_at     timestamp with time zone not null,
    position         bigint        not null,
    primary key (session_id, person_id),
    constraint ck_sessions_participant_role check (role in ('MENTOR', 'SENIOR')),
    constraint ck_sessions_participant_status check (status in ('BOOKED', 'WAITING', 'CANCELLED'))
);

create index ix_sessions_participant_person on sessions_participant (person_id, organisation_id, status);
