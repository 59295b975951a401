-- Owner: people. The list pages filter by status most often ("waiting to start") and show
-- people in name order; this index serves both without reading everyone.
create index ix_person_status_list on person (organisation_id, kind, status, last_name, first_name);
