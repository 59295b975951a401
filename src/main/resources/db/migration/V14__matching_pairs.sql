-- Owner: matching. The pairs a coordinator decided on: approved (they meet), pinned (kept
-- in every run until approved or ended), rejected (never proposed again, with the reason
-- given) and ended. Who decided and when is kept for the coordinator to account for every
-- pairing; a senior has at most one approved or pinned pair in a programme, which the
-- module checks before it writes.

create table matching_pair (
    id               uuid          primary key,
    organisation_id  uuid          not null references organisation (id),
    programme_id     uuid          not null,
    senior_id        uuid          not null,
    mentor_id        uuid          not null,
    status           varchar(10)   not null,
    manual           boolean       not null,
    run_id           uuid,
    score            integer,
    reason           varchar(500),
    decided_by       uuid,
    decided_at       timestamp with time zone not null,
    ended_by         uuid,
    ended_at         timestamp with time zone,
    constraint ck_matching_pair_status check (status in ('APPROVED', 'PINNED', 'REJECTED', 'ENDED'))
);

create index ix_matching_pair_programme on matching_pair (organisation_id, programme_id, status);
create index ix_matching_pair_senior on matching_pair (organisation_id, senior_id);
create index ix_matching_pair_mentor on matching_pair (organisation_id, mentor_id);
