-- Owner: calendar. The private calendar feeds of mentors and seniors: the address a
-- calendar app subscribes to holds a secret of 256 random bits, stored here only as its
-- SHA-256, as API tokens are. A person has at most one active feed; making a new one
-- revokes the old, and a revoked feed is kept (when, by whom) but answers nothing.
--
-- active is true while the feed works and null once it is revoked, never false: a unique
-- constraint lets any number of rows share a null, so (organisation, person, active)
-- allows many revoked feeds but only one active feed per person, on H2 and PostgreSQL
-- alike, whatever two coordinators do at the same moment. The constraint's index also
-- serves the look-up of a person's feed.

create table calendar_feed (
    id               uuid          primary key,
    organisation_id  uuid          not null references organisation (id),
    person_id        uuid          not null,
    token_hash       varchar(64)   not null,
    active           boolean,
    created_by       uuid,
    created_at       timestamp with time zone not null,
    last_fetched_at  timestamp with time zone,
    revoked_by       uuid,
    revoked_at       timestamp with time zone,
    constraint uq_calendar_feed_token unique (token_hash),
    constraint uq_calendar_feed_active unique (organisation_id, person_id, active),
    constraint ck_calendar_feed_active check ((active = true and revoked_at is null)
                                              or (active is null and revoked_at is not null))
);
