-- Owner: people. How often an organisation's mentors have changed as matching reads them
-- (profile, status, consents, background checks), counted by the transaction that changes
-- them just before it commits. An instance that keeps mentors it read for matching (the
-- mentors near a newcomer) compares this count with the one it read them at, so that a
-- mentor changed through any instance is read afresh by every instance.
create table people_mentor_changes (
    organisation_id  uuid    primary key references organisation (id),
    changes          bigint  not null
);
