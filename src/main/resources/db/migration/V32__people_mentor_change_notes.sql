-- Owner: people. Which mentors each counted change in people_mentor_changes touched, so
-- that an instance that keeps mentors it read for matching can read only those again.
-- person_id is null for a change of unknown (or too many) mentors: everything is read
-- again. Only the last few thousand changes of an organisation are kept.
create table people_mentor_change (
    organisation_id  uuid    not null references organisation (id),
    changes          bigint  not null,
    person_id        uuid
);

create index ix_people_mentor_change on people_mentor_change (organisation_id, changes);
