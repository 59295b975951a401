-- Owner: people. The list pages show people in name order with the id as the last tie
-- breaker; with the id in the index the database reads one page of the index and stops
-- instead of sorting everyone of the organisation (H2 sorted all 100,000 seniors for
-- each page without it).
drop index ix_person_list;
create index ix_person_list on person (organisation_id, kind, last_name, first_name, id);

drop index ix_person_status_list;
create index ix_person_status_list on person (organisation_id, kind, status, last_name, first_name, id);
