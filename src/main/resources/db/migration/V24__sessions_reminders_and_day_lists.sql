-- Owner: sessions. When each person got their place: a booked mentor or senior when the
-- session was planned or their sign-up got a seat, a senior from the waiting list when
-- they moved up. Reminders whose time had passed by then are not sent (see Reminders);
-- signed_up_at stays the order of the waiting list.
alter table sessions_participant add column booked_at timestamp with time zone;
update sessions_participant set booked_at = signed_up_at where status = 'BOOKED';

-- The reminder job asks, across organisations, which planned occurrences start within
-- the longest reminder offset.
create index ix_sessions_occurrence_due on sessions_occurrence (status, starts_at, organisation_id);
-- The venue staff's day: what takes place at a venue that day, and what was to take
-- place there by its original time.
create index ix_sessions_occurrence_venue on sessions_occurrence (venue_id, organisation_id, starts_at);
create index ix_sessions_occurrence_original on sessions_occurrence (organisation_id, original_start);
