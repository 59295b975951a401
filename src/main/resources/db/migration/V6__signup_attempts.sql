-- Owner: signup. Recent sign-ups per connection, to slow down abuse of the public forms.
-- The address is kept only as a keyed hash, and rows older than a day are deleted.
create table signup_attempt (
    organisation_id  uuid         not null references organisation (id),
    source_hash      varchar(64)  not null,
    attempted_at     timestamp with time zone not null
);
create index ix_signup_attempt on signup_attempt (organisation_id, source_hash, attempted_at);
