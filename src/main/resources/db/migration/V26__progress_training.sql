-- Owner: progress. A mentor's training (a course on scams, a first-aid evening): kept
-- apart from the hours of sessions, which are derived from the logbook and never stored
-- here. Read by mentor, so the index starts with the mentor (see V20).

create table progress_training (
    id               uuid          primary key,
    organisation_id  uuid          not null references organisation (id),
    mentor_id        uuid          not null,
    trained_on       date          not null,
    hours            decimal(4, 2) not null,
    what             varchar(200)  not null,
    recorded_by      uuid,
    recorded_at      timestamp with time zone not null,
    constraint ck_progress_training_hours check (hours > 0 and hours <= 24)
);

create index ix_progress_training_mentor on progress_training (mentor_id, organisation_id, trained_on);
