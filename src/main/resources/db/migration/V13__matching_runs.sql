-- Owner: matching. A matching run of a programme and what it proposed: the run with its
-- progress and totals, its pairs with their explanations, the seniors it left unmatched
-- with the reasons, and the exact candidate set the solver optimised over, so that the
-- proposal can be audited and re-solved by anyone after the registry has changed.
-- People are named by id only; like every table here each row carries organisation_id.

-- running_programme_id holds the programme while the run is RUNNING and is null
-- afterwards; being unique per organisation, it lets only one run of a programme be
-- under way at a time, across every application instance (nulls never collide).
-- failure is a short technical text (an exception type), never personal data.
create table matching_run (
    id                    uuid          primary key,
    organisation_id       uuid          not null references organisation (id),
    programme_id          uuid          not null,
    mode                  varchar(10)   not null,
    status                varchar(10)   not null,
    running_programme_id  uuid,
    progress              integer       not null default 0,
    senior_count          integer,
    mentor_count          integer,
    candidate_count       bigint,
    kept_count            integer,
    matched_count         integer,
    unmatched_count       integer,
    objective             bigint,
    started_by            uuid,
    started_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    finished_at           timestamp with time zone,
    failure               varchar(200),
    constraint uq_matching_run_running unique (organisation_id, running_programme_id),
    constraint ck_matching_run_mode check (mode in ('OPTIMAL', 'STABLE')),
    constraint ck_matching_run_status check (status in ('RUNNING', 'FINISHED', 'FAILED')),
    constraint ck_matching_run_progress check (progress between 0 and 100)
);

create index ix_matching_run_programme on matching_run (organisation_id, programme_id, started_at);

-- explanation is JSON: [{"criterion":"TOPICS","points":18,"phrase":{"key":...,"arguments":[...]}}],
-- an argument being a string, a number, a phrase or a list of those.
create table matching_run_assignment (
    organisation_id  uuid           not null references organisation (id),
    run_id           uuid           not null references matching_run (id) on delete cascade,
    senior_id        uuid           not null,
    mentor_id        uuid           not null,
    score            integer        not null,
    kept             boolean        not null,
    explanation      varchar(20000) not null,
    constraint pk_matching_run_assignment primary key (run_id, senior_id)
);

create index ix_matching_run_assignment on matching_run_assignment (organisation_id, run_id);

-- reasons is JSON: [{"code":"NO_MENTOR_SPEAKS_LANGUAGE","phrase":{"key":...,"arguments":[...]}}].
create table matching_run_unmatched (
    organisation_id  uuid           not null references organisation (id),
    run_id           uuid           not null references matching_run (id) on delete cascade,
    senior_id        uuid           not null,
    reasons          varchar(20000) not null,
    constraint pk_matching_run_unmatched primary key (run_id, senior_id)
);

create index ix_matching_run_unmatched on matching_run_unmatched (organisation_id, run_id);

-- One compressed binary per run, never a row per pair: a national run has some 18
-- million pairs. The format (format = 1) is described in matching's StoredCandidates.
create table matching_run_candidates (
    run_id           uuid           primary key references matching_run (id) on delete cascade,
    organisation_id  uuid           not null references organisation (id),
    format           integer        not null,
    content          bytea          not null,
    content_size     bigint         not null
);
