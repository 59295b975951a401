-- Owners: matching (matching_pair), people (person_venue, consent, background_check).
-- Matching one newcomer reads a few hundred people's rows by "person in (...)". H2 uses
-- an "in" list only on an index's first column, so these tables, whose indexes start
-- with the organisation, were read whole for every newcomer; PostgreSQL gains too.
create index ix_matching_pair_by_senior on matching_pair (senior_id, organisation_id);
create index ix_matching_pair_by_mentor on matching_pair (mentor_id, organisation_id);
create index ix_person_venue_by_venue on person_venue (venue_id, organisation_id);
create index ix_consent_by_person on consent (person_id, organisation_id);
create index ix_background_check_by_person on background_check (person_id, organisation_id);
