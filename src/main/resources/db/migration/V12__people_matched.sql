-- Owner: people. Whether a person has a partner now (a senior a mentor, a mentor at least
-- one senior), set by matching through People.recordMatched when a pair is approved or
-- ends. Coordinators list the people still waiting for a partner most of all; the index
-- serves that list in name order without reading everyone.
alter table person add column matched boolean default false not null;
create index ix_person_matched_list on person (organisation_id, kind, matched, last_name, first_name, id);
