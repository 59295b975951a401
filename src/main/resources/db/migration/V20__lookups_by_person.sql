-- Owners: matching (matching_pair), people (person_venue, consent, background_check).
-- Matching one newcomer reads a few hundred or thousand people's rows with "person in
-- (...)". H2 uses an "in" list only on an index's first column, and prefers any index
-- that starts with the organisation, which it then reads whole: so these indexes now
-- start with the person (or the venue) and end with the organisation. They serve the
-- lookups of one person (or venue) of an organisation just as before.
drop index ix_matching_pair_senior;
drop index ix_matching_pair_mentor;
create index ix_matching_pair_senior on matching_pair (senior_id, organisation_id);
create index ix_matching_pair_mentor on matching_pair (mentor_id, organisation_id);
drop index ix_person_venue;
create index ix_person_venue on person_venue (venue_id, organisation_id, person_id);
drop index ix_consent_person;
create index ix_consent_person on consent (person_id, organisation_id);
drop index ix_background_check_person;
create index ix_background_check_person on background_check (person_id, organisation_id);
