-- Owner: people. PostgreSQL only (Flyway location db/vendor/{vendor}): a trigram index lets
-- a search for any part of a name, phone number or e-mail address use an index instead of
-- reading every person of the organisation. pg_trgm is a trusted extension, so the
-- database's owner may create it; it goes to the public schema so that it is found whatever
-- schema Tandem's tables live in.
create extension if not exists pg_trgm with schema public;
create index ix_person_search_trigram on person using gin (search_text public.gin_trgm_ops);
