-- Owner: sessions. One row per mentor, senior or room that has ever been planned for: a
-- plan, a move or a workshop sign-up locks the rows of everyone and every room it touches
-- (select ... for update, in the order of their ids) before it looks for clashes, and
-- holds them until it commits. Two coordinators planning the same mentor, senior or room
-- at once therefore take turns, and the second sees the first's meeting and is refused
-- with the clash named; taking the rows in one order keeps two plans from waiting on each
-- other. A row is added (insert ... on conflict do nothing) the first time its subject is
-- planned and never removed: it holds no personal data, only an id. A table rather than
-- PostgreSQL's advisory locks because the embedded database has none, and one mechanism
-- for both databases is one to test.

create table sessions_planning_lock (
    organisation_id  uuid          not null references organisation (id),
    subject_id       uuid          not null,
    primary key (organisation_id, subject_id)
);
