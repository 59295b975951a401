-- Owners: sessions (sessions_occurrence), logbook (logbook_log). Both refer to
-- sessions_session by session_id, but their indexes on it start with the organisation, so
-- PostgreSQL checks those foreign keys when a session is deleted (a person erased, an
-- organisation removed) by reading every occurrence and log: with two million of them,
-- deleting 100,000 sessions did not finish in ten minutes. These indexes start with the
-- session.
create index ix_sessions_occurrence_by_session on sessions_occurrence (session_id);
create index ix_logbook_log_by_session on logbook_log (session_id);
