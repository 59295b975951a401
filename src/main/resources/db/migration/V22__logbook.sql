-- Owner: logbook. What happened at a session, as the mentor (or someone on the mentor's
-- behalf) logged it: one log per occurrence, and every correction kept as a new revision,
-- never overwritten. logbook_log holds the occurrence's current revision and what the
-- coordinator must follow up; logbook_revision and the rows below it hold every revision.
-- The rows of the current revision carry current = true, so that a senior's passport and
-- a person's attendance are read by person without joining every revision; they also
-- carry held_at (the occurrence's start) for the same reason. The person-first indexes
-- follow V20: H2 uses an "in" list only on an index's first column.

create table logbook_log (
    occurrence_id    uuid          primary key references sessions_occurrence (id),
    organisation_id  uuid          not null references organisation (id),
    session_id       uuid          not null references sessions_session (id),
    programme_id     uuid          not null,
    held_at          timestamp with time zone not null,
    revision         integer       not null,
    minutes          integer       not null,
    attested         boolean       not null,
    scam_seen        boolean       not null,
    alert_open       boolean       not null,
    alert_closed_by  uuid,
    alert_closed_at  timestamp with time zone,
    first_logged_at  timestamp with time zone not null,
    changed_at       timestamp with time zone not null,
    constraint ck_logbook_log_revision check (revision >= 1)
);

create index ix_logbook_log_programme on logbook_log (organisation_id, programme_id, held_at);
create index ix_logbook_log_alert on logbook_log (organisation_id, alert_open, held_at);

create table logbook_revision (
    occurrence_id    uuid          not null references logbook_log (occurrence_id),
    revision         integer       not null,
    organisation_id  uuid          not null references organisation (id),
    minutes          integer       not null,
    note             varchar(1000),
    attested         boolean       not null,
    scam_seen        boolean       not null,
    logged_by        uuid,
    on_behalf        boolean       not null,
    reason           varchar(500),
    logged_at        timestamp with time zone not null,
    primary key (occurrence_id, revision),
    constraint ck_logbook_revision_minutes check (minutes between 0 and 600)
);

create table logbook_attendance (
    occurrence_id    uuid          not null,
    revision         integer       not null,
    person_id        uuid          not null,
    organisation_id  uuid          not null references organisation (id),
    role             varchar(10)   not null,
    attendance       varchar(20)   not null,
    feedback         integer,
    held_at          timestamp with time zone not null,
    current          boolean       not null,
    primary key (occurrence_id, revision, person_id),
    foreign key (occurrence_id, revision) references logbook_revision (occurrence_id, revision),
    constraint ck_logbook_attendance_role check (role in ('MENTOR', 'SENIOR')),
    constraint ck_logbook_attendance_value check (attendance in ('PRESENT', 'ABSENT', 'CANCELLED_LATE')),
    constraint ck_logbook_attendance_feedback check (feedback between 1 and 5)
);

create index ix_logbook_attendance_person on logbook_attendance (person_id, organisation_id, held_at);

create table logbook_topic (
    occurrence_id    uuid          not null,
    revision         integer       not null,
    topic_id         uuid          not null,
    organisation_id  uuid          not null references organisation (id),
    primary key (occurrence_id, revision, topic_id),
    foreign key (occurrence_id, revision) references logbook_revision (occurrence_id, revision)
);

create table logbook_step (
    occurrence_id    uuid          not null,
    revision         integer       not null,
    senior_id        uuid          not null,
    step_id          uuid          not null,
    organisation_id  uuid          not null references organisation (id),
    level            varchar(20)   not null,
    held_at          timestamp with time zone not null,
    current          boolean       not null,
    primary key (occurrence_id, revision, senior_id, step_id),
    foreign key (occurrence_id, revision) references logbook_revision (occurrence_id, revision),
    constraint ck_logbook_step_level
        check (level in ('NOT_YET', 'INTRODUCED', 'WITH_HELP', 'ON_MY_OWN', 'CAN_SHOW_OTHERS'))
);

create index ix_logbook_step_senior on logbook_step (senior_id, organisation_id, held_at);
