-- Owner: people. A person's postal town in lower case, kept by the database, so that
-- matching one newcomer can find the mentors of the newcomer's municipality by index
-- instead of reading every mentor of a national programme. PostgreSQL's twin of this
-- migration says STORED, which H2 does not accept (H2 computes it on write either way).
alter table person add column town_key varchar(100) generated always as (lower(city));
create index ix_person_town on person (organisation_id, kind, town_key);
