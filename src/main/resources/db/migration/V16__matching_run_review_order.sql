-- Owner: matching. A run's review reads its proposals a page at a time in the order a
-- coordinator works through them (the new pairs before those kept from before, the best
-- score first, then by senior) and its unmatched seniors by id. These indexes hold
-- exactly those orders after the run and organisation, so that a page of a national run
-- (51,000 proposals) is read by walking an index rather than sorting the whole run. They
-- replace the indexes on (organisation_id, run_id) alone, of which they are extensions.

drop index ix_matching_run_assignment;

create index ix_matching_run_assignment_review
    on matching_run_assignment (organisation_id, run_id, kept, score desc, senior_id);

drop index ix_matching_run_unmatched;

create index ix_matching_run_unmatched_review on matching_run_unmatched (organisation_id, run_id, senior_id);
